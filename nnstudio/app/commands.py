"""Undo commands of the studio: each keeps what an edit changes, before and after, and applies it through the
session's intents (the session is the store; the views redraw from its events).

A NetworkSpec and a Dataset are immutable, so a command can keep both versions cheaply; a hand weight edit keeps
the old and new value; the lecture preset keeps both specs and both weight lists.
"""
from __future__ import annotations

from PySide6.QtGui import QUndoCommand

from nnstudio.session.policy import inverse_columns


class SpecEdit(QUndoCommand):
    """A new network; consecutive edits of the same field (``merge_key`` >= 0) merge into one undo step.
    ``select``: the column to select after the edit (e.g. the layer just added; the editor reads it).
    ``columns`` says which column of ``before`` each column of ``after`` continues (None: a new layer; the
    whole map None: the session's default), so that the kept weights stay with their layers; ``kept`` is what
    the session reports it kept at the last redo (``weight_sources``)."""

    def __init__(self, session, before, after, text: str, merge_key: int = -1, select: int | None = None,
                 columns=None):
        super().__init__(text)
        self._session = session
        self.before, self.after = before, after
        self._merge_key = merge_key
        self.select = select
        self.columns = columns
        self.kept = ()

    def id(self) -> int:  # noqa: A003 - Qt's name
        return self._merge_key

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 - Qt's name
        if not isinstance(other, SpecEdit) or other._merge_key != self._merge_key or self._merge_key < 0 \
                or self.columns is not None or other.columns is not None:
            return False
        self.after = other.after
        self.select = other.select
        self.kept = other.kept
        self.setText(other.text())
        if self.after == self.before:  # e.g. L2 stepped up and back down: nothing left to undo
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self.kept = self._session.set_spec(self.after, self.columns)

    def undo(self) -> None:
        back = None if self.columns is None else inverse_columns(self.columns, len(self.before.sizes))
        self._session.set_spec(self.before, back)


class WeightEdit(QUndoCommand):
    """A weight or bias typed by hand: ``kind`` is "W" or "b"; for a bias ``row`` is the unit and ``col`` is 0."""

    def __init__(self, session, layer: int, kind: str, row: int, col: int, old: float, new: float, text: str):
        super().__init__(text)
        self._session = session
        self.layer, self.kind, self.row, self.col = layer, kind, row, col
        self.old, self.new = old, new

    def redo(self) -> None:
        self._session.set_weight(self.layer, self.kind, self.row, self.col, self.new)

    def undo(self) -> None:
        self._session.set_weight(self.layer, self.kind, self.row, self.col, self.old)


def lecture_xor_fits(session) -> bool:
    """True if the studio's data take the lecture's 2-2-1 network: two inputs and one yes/no output."""
    return session.spec.input_dim == 2 and session.allowed_problems.get("binary") == 1


def lecture_xor(session, text: str) -> ReplaceNetwork:
    """The lecture's 2-2-1 sigmoid network with its hand-set weights (w = (5, 5), b = −8; w = (−7, −7), b = 3;
    output w = (−11, −11), b = 6) as one undoable edit of ``session`` (see lecture_xor_fits)."""
    from nnstudio.engine.spec import NetworkSpec
    from nnstudio.session.presets import LECTURE_XOR_WEIGHTS

    return ReplaceNetwork(session, session.spec, NetworkSpec.xor_default(), session.weights(),
                          [w.copy() for w in LECTURE_XOR_WEIGHTS], text)


class ReplaceNetwork(QUndoCommand):
    """A new network together with a full weight list (the lecture's XOR weights); undo restores both."""

    def __init__(self, session, before, after, old_weights, new_weights, text: str):
        super().__init__(text)
        self._session = session
        self.before, self.after = before, after
        self.old_weights, self.new_weights = old_weights, new_weights

    def redo(self) -> None:
        self._session.replace_network(self.after, self.new_weights)

    def undo(self) -> None:
        self._session.replace_network(self.before, self.old_weights)


class DataEdit(QUndoCommand):
    """Points added to or removed from the training set (clicked on the decision-boundary plot)."""

    def __init__(self, session, before, after, text: str):
        super().__init__(text)
        self._session = session
        self.before, self.after = before, after

    def redo(self) -> None:
        self._session.set_training_data(self.after)

    def undo(self) -> None:
        self._session.set_training_data(self.before)


class DataChange(QUndoCommand):
    """Other data (a dataset chosen, a toy set's size, noise or test fraction, a CSV file), done already when pushed:
    ``before`` and ``after`` are (Project, Dataset) as ``session.to_project()`` holds the session (the network and
    its weights, the training settings and history), so that undo brings back the network the old data had and
    the edits before it apply to it again. ``switched`` is called after each switch (the room counts the learner's
    drawings for the data)."""

    def __init__(self, session, before, after, text: str, switched=None):
        super().__init__(text)
        self._session = session
        self.before, self.after = before, after
        self._switched = switched
        self._done = True          # the room switched already: the first redo (on push) has nothing to do

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._restore(self.after)

    def undo(self) -> None:
        self._restore(self.before)

    def _restore(self, saved) -> None:
        project, dataset = saved
        self._session.adopt(self._session.prepare_project(project, dataset))   # (it fitted before: cannot fail)
        if self._switched is not None:
            self._switched()


class ConfigEdit(QUndoCommand):
    """A training setting changed in the side panel (optimizer, learning rate, one of the optimizer's settings,
    batch size, seed, epochs, early stopping, augmentation): ``before`` and ``after`` are whole TrainingConfigs.
    The speed of the slow motion is not part of it (it is how fast to watch, not what is trained)."""

    def __init__(self, session, before, after, text: str):
        super().__init__(text)
        self._session = session
        self.before, self.after = before, after

    def redo(self) -> None:
        apply_config(self._session, self.after)

    def undo(self) -> None:
        apply_config(self._session, self.before)


def apply_config(session, config) -> None:
    """Give ``session`` the training settings of ``config`` (its speed stays). The session merges new options
    into the old ones: an optimizer's options go first when they are not all in ``config`` (e.g. an undone
    switch from SGD with momentum to Adam), so that none is left behind."""
    now = session.config
    if now.optimizer != config.optimizer or set(dict(now.options)) - set(dict(config.options)):
        session.set_config(optimizer=config.optimizer, options={})
    session.set_config(lr=config.lr, batch_size=config.batch_size, seed=config.seed, max_epochs=config.max_epochs,
                       early_stopping=config.early_stopping, augment=config.augment, options=dict(config.options))
