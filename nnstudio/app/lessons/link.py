"""StudioLink: what a lesson may ask of the studio — its session, its data (with the download offered for
missing MNIST files), a set-up of network, data and training, and to be shown.

A set-up is all or nothing, as File → Examples: the data is loaded and the network built and checked first
(``TrainingSession.prepare``), and only then does the studio switch (``adopt``). The studio pauses its training
for the switch by itself (the session announces the edit). Like an example, a set-up replaces the studio's project:
unsaved changes are offered for saving first, and the set-up is a new project without a file (Save asks for a name
rather than writing the lesson over the file that was open).
"""
from __future__ import annotations

from dataclasses import replace

import numpy as np
from PySide6.QtCore import QObject, Signal

from nnstudio.app import dialogs
from nnstudio.app.datasets import DatasetLoader
from nnstudio.app.texts import translated
from nnstudio.data.dataset import Dataset
from nnstudio.session.config import DataChoice, TrainingConfig
from nnstudio.session.presets import suggested_training


class StudioLink(QObject):
    """The studio as the lessons see it (see the module docstring)."""

    # the studio should be shown, with this message for the status bar
    studioRequested = Signal(str)

    def __init__(self, session, undo_stack=None, parent: QObject | None = None, projects=None):
        super().__init__(parent)
        self.session = session
        self.undo_stack = undo_stack
        self.projects = projects        # the window's ProjectController (None: a room without a window, in tests)
        self.loader = DatasetLoader(parent)
        self.loader.downloaded.connect(self._on_downloaded)
        self._retry = None

    # ------------------------------------------------------------------ data
    def load(self, choice: DataChoice, retry=None):
        """The data ``choice`` names, or None after a dialog says why — for missing MNIST files a download is
        offered, and ``retry()`` runs once it has succeeded."""
        self._retry = retry
        return self.loader.load(choice, 0)

    def load_mnist(self, retry=None):
        return self.load(DataChoice("mnist"), retry)

    def _on_downloaded(self, _kind: str) -> None:
        retry, self._retry = self._retry, None
        if retry is not None:
            retry()

    # ------------------------------------------------------------------ set-ups
    def set_up(self, setup, retry=None) -> bool:
        """Configure the studio as a lesson's ``setup`` (a catalog SetUp with data) says; False if the data could
        not be loaded (a dialog said why) or the set-up does not fit it."""
        choice = DataChoice.from_dict(setup.data.to_dict())
        dataset = self.load(choice, retry)
        if dataset is None:
            return False
        images = setup.options.get("train_images")
        if images:
            dataset = first_images(dataset, int(images))
            choice = choice.with_changes(n=int(images))
        config = TrainingConfig.from_dict(setup.training.to_dict(), default=suggested_training(choice.key))
        return self.adopt(dataset, choice, setup.spec, config, setup.weights)

    def adopt(self, dataset, choice: DataChoice, spec, config: TrainingConfig, weights=None) -> bool:
        """Switch the studio to this network, data and training (all checked first) and show it; False after
        a dialog, or when the learner keeps the project that has unsaved changes."""
        try:
            state = self.session.prepare(dataset, choice, spec=spec, config=config, weights=weights)
        except (ValueError, MemoryError) as exc:
            text = translated(exc) if isinstance(exc, ValueError) else self.tr("There is not enough memory for "
                                                                               "this network.")
            dialogs.show_error(self.parent(), self.tr("Cannot set up the lesson"), text)
            return False
        #: completes "Save them before you {0}?" of the unsaved-changes question
        if self.projects is not None and not self.projects.confirm_discard(self.tr("set up the lesson")):
            return False
        # the studio is shown first: it arranges its views for the new data as it sees it change (it hides the
        # decision boundary's dock for MNIST only while that dock is visible)
        self.show_studio()
        self.session.adopt(state)
        if self.undo_stack is not None:
            self.undo_stack.clear()        # earlier edits refer to the network that was there before
        if self.projects is not None:
            self.projects.forget_file()
        return True

    def show_studio(self, message: str = "") -> None:
        self.studioRequested.emit(message)


def first_images(dataset: Dataset, n: int) -> Dataset:
    """``dataset`` with only its first ``n`` training samples (the test samples all stay)."""
    return replace(dataset, x_train=np.ascontiguousarray(dataset.x_train[:n]),
                   y_train=np.ascontiguousarray(dataset.y_train[:n]))
