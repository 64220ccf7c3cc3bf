"""Loading the data a learner chooses, with the dialogs it may need: a toy set (generated), MNIST or
Fashion-MNIST (from disk, or a verified download offered when missing), a CSV file, and the digits drawn in the
pad ("My digits"). The data layer does the work; this module asks and tells the user.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from nnstudio.app import dialogs
from nnstudio.app.texts import title, translated
from nnstudio.data import TOY_DATASETS, load_dataset
from nnstudio.data.mnist import MNIST_KINDS, MNIST_TITLES
from nnstudio.data.tabular import CsvCancelled, load_training_csv
from nnstudio.session.config import DataChoice


class DatasetLoader(QObject):
    """Loads data for a window; failures are reported in a dialog and return None."""

    # a missing MNIST set was downloaded; load it now (its key; unless the load that offered it gave a retry)
    downloaded = Signal(str)
    # what the user should know about data that loaded (e.g. a CSV's pixels scaled to 0–1), for the status bar
    notice = Signal(str)

    def __init__(self, parent: QWidget):
        super().__init__(parent)
        self._parent = parent
        self._download = None

    @property
    def download_dialog(self):
        """The dialog of the last download offered (None before any)."""
        return self._download

    def load(self, choice: DataChoice, seed: int, retry=None):
        """The dataset ``choice`` names, or None after telling the user why — or after offering a download for
        missing MNIST files: once it has succeeded, ``retry()`` runs (default: ``downloaded`` is emitted)."""
        key = choice.key
        try:
            if key in TOY_DATASETS:
                return load_dataset(key, n=choice.n, noise=choice.noise, seed=seed,
                                    test_fraction=choice.test_fraction)
            if key in MNIST_KINDS:
                return self._load_mnist(key, retry)
            if key.startswith("csv:"):
                return self.load_csv(key[4:])
        except (OSError, ValueError) as exc:
            dialogs.show_error(self._parent, self.tr("Cannot load the dataset"), translated(exc))
            return None
        dialogs.show_error(self._parent, self.tr("Cannot load the dataset"),
                           self.tr("Unknown dataset {0}.").format(key))
        return None

    def _load_mnist(self, kind: str, retry=None):
        from nnstudio.data import mnist

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            return mnist.load_mnist(kind)
        except mnist.DataNotFoundError as exc:
            QApplication.restoreOverrideCursor()
            QApplication.setOverrideCursor(Qt.CursorShape.ArrowCursor)
            name = title("Datasets", MNIST_TITLES[kind])
            if dialogs.ask_download(self._parent, name, translated(exc)):
                self._start_download(kind, name, retry)
            return None
        finally:
            QApplication.restoreOverrideCursor()

    def _start_download(self, kind: str, name: str, retry=None) -> None:
        from nnstudio.data import mnist

        self._download = dialogs.DownloadDialog(kind, name, mnist.download, self._parent)
        download = self._download
        download.succeeded.connect(lambda: self.notice.emit(download.summary))
        self._download.succeeded.connect(retry or (lambda: self.downloaded.emit(kind)))
        self._download.failed.connect(
            lambda msg: dialogs.show_error(self._parent, self.tr("Download failed"), msg))
        self._download.start()

    # -- the drawings saved in the pad -------------------------------------------------------------------------
    @staticmethod
    def count_my_digits(key: str) -> int | None:
        """How many drawings the learner saved in the pad with the classes of the dataset ``key`` (digits for
        MNIST, clothing for Fashion-MNIST; cheap: no image is read); None for data whose classes the pad does not
        draw."""
        from nnstudio.data import digits

        folder = digits.my_drawings_dir(key)
        if folder is None:
            return None
        try:
            return sum(digits.count_my_digits(folder).values())
        except OSError:
            return 0

    def load_my_digits(self, key: str, n_classes: int):
        """(x, y, message): the learner's own drawings for training on the dataset ``key`` (MNIST's digits,
        Fashion-MNIST's clothing), or (None, None, why not)."""
        from nnstudio.data import digits

        folder = digits.my_drawings_dir(key)
        if folder is None:
            return None, None, ""
        try:
            x, y = digits.load_my_digits(folder)
        except (OSError, ValueError) as exc:       # MyDigitsError names the file and what to do
            return None, None, self.tr("My drawings not included: {0}").format(translated(exc))
        if not len(y):
            return None, None, ""
        if int(y.max()) >= n_classes:
            return None, None, self.tr("My drawings not included: label {0} is not a class of the data.").format(
                int(y.max()))
        return x, y, ""

    def my_digits_note(self, key: str, n_train: int, n_mine: int) -> str:
        """What the status bar says once the learner's drawings joined the training set of ``key``."""
        loc = QLocale()     # "60,000", as the side panel counts the data
        if key == "fashion":
            return self.tr("Training on {0} Fashion-MNIST images and {1} clothes of your own.").format(
                loc.toString(n_train), loc.toString(n_mine))
        return self.tr("Training on {0} MNIST digits and {1} of your own.").format(loc.toString(n_train),
                                                                                 loc.toString(n_mine))

    def ask_csv_path(self, start: str) -> str:
        """The CSV file the user picks ("" if cancelled)."""
        path, _ = QFileDialog.getOpenFileName(self._parent, self.tr("Import a CSV file"), start,
                                              self.tr("Tables: CSV, TSV, text (*.csv *.tsv *.txt);;All files (*)"))
        return path

    def load_csv(self, path: str | Path):
        """``path`` as a dataset, read off the GUI thread with a progress bar; None after a dialog that names the
        bad row or column (or when the learner cancelled). Pixels stored as 0–255 (a Kaggle-style MNIST CSV) are
        scaled to 0–1, as the pad draws, and ``notice`` says so."""
        name = Path(path).name
        try:
            dataset, scaled = dialogs.run_with_progress(self._parent, self.tr("Importing {0}").format(name),
                                                        self.tr("Reading {0}…").format(name),
                                                        lambda progress: load_training_csv(path, progress=progress))
        except CsvCancelled:
            return None
        except (OSError, ValueError) as exc:
            dialogs.show_error(self._parent, self.tr("Cannot import {0}").format(name), translated(exc))
            return None
        if scaled is not None:
            self.notice.emit(translated(scaled))
        return dataset
