"""Undo commands of the network editor.

A NetworkSpec is immutable, so a structural or hyper-parameter edit keeps the spec before and after it;
a hand weight edit keeps the old and new value; the lecture preset keeps both specs and both weight lists.
Every command calls back into the editor, which redraws and emits the editor's signals.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

if TYPE_CHECKING:
    import numpy as np

    from nnstudio.app.editor.editor import NetworkEditor
    from nnstudio.engine.spec import NetworkSpec


class SpecEdit(QUndoCommand):
    """Replace the editor's spec; consecutive edits of the same field (``merge_key``) merge into one step."""

    def __init__(self, editor: NetworkEditor, before: NetworkSpec, after: NetworkSpec, text: str,
                 merge_key: int = -1, select: int | None = None):
        super().__init__(text)
        self._editor = editor
        self.before = before
        self.after = after
        self._merge_key = merge_key
        self._select = select  # column to select after redo (e.g. a newly added layer)

    def id(self) -> int:  # noqa: A003 - Qt's name
        return self._merge_key

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, SpecEdit) or other._merge_key != self._merge_key or self._merge_key < 0:
            return False
        self.after = other.after
        self.setText(other.text())
        if self.after == self.before:  # e.g. L2 stepped up and back down: nothing left to undo
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self._editor._apply_spec(self.after, select=self._select)

    def undo(self) -> None:
        self._editor._apply_spec(self.before)


class WeightEdit(QUndoCommand):
    """A weight or bias typed by hand: ``kind`` is "W" or "b"; for a bias ``row`` is the unit and ``col`` is 0."""

    def __init__(self, editor: NetworkEditor, layer: int, kind: str, row: int, col: int,
                 old: float, new: float, text: str):
        super().__init__(text)
        self._editor = editor
        self.layer, self.kind, self.row, self.col = layer, kind, row, col
        self.old, self.new = old, new

    def redo(self) -> None:
        self._editor._apply_weight(self.layer, self.kind, self.row, self.col, self.new)

    def undo(self) -> None:
        self._editor._apply_weight(self.layer, self.kind, self.row, self.col, self.old)


class ReplaceNetwork(QUndoCommand):
    """A new spec together with a full weight list (the lecture's XOR weights); undo restores both.

    ``old_weights`` is None when the weights before the preset were unknown (no snapshot yet): undo then
    restores only the spec, and the main window builds fresh weights for it.
    """

    def __init__(self, editor: NetworkEditor, before: NetworkSpec, after: NetworkSpec,
                 old_weights: list[np.ndarray] | None, new_weights: list[np.ndarray], text: str):
        super().__init__(text)
        self._editor = editor
        self.before, self.after = before, after
        self.old_weights, self.new_weights = old_weights, new_weights

    def redo(self) -> None:
        self._editor._apply_spec(self.after)
        self._editor._apply_weights(self.new_weights)

    def undo(self) -> None:
        self._editor._apply_spec(self.before)
        if self.old_weights is not None:
            self._editor._apply_weights(self.old_weights)
