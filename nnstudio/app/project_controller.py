"""Projects in the window: new, open, save, save as, recent files, unsaved changes, autosave and its recovery.

Opening is all or nothing: the file is read, its data loaded, its network, weights and history built and checked
first (``TrainingSession.prepare_project``), and only then does the session switch (``adopt``). A file that
fails at any point leaves the window exactly as it was and says why, once.
"""
from __future__ import annotations

import os
import time
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale, QLockFile, QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMenu

from nnstudio.app import dialogs
from nnstudio.app.settings import add_recent_file, read_value, recent_files
from nnstudio.app.texts import translated
from nnstudio.data.paths import user_data_dir
from nnstudio.export import export_onnx, export_pytorch
from nnstudio.i18n import Translatable
from nnstudio.session.presets import EXAMPLES
from nnstudio.session.project import (SUFFIX, NewerProjectError, ProjectFileError, load_project,
                                      project_choices, save_project)

AUTOSAVE_NAME = "autosave" + SUFFIX


class ProjectController(QObject):
    """The project file of a studio room: its path, whether it has unsaved changes, and the file actions."""

    # the title to show changed (a new path), or the unsaved-changes mark (the window shows both)
    stateChanged = Signal()
    statusMessage = Signal(str, int)

    def __init__(self, session, undo_stack, settings, parent):
        super().__init__(parent)
        self.room = None
        self.session = session
        self.undo_stack = undo_stack
        self._settings = settings
        self._parent = parent
        self.path: Path | None = None
        self._dirty = False
        self._autosave_pending = False
        self._clean_step = 0             # the step count of the file (or the start): training beyond it is a change
        self._clean_digest = None        # session.state_digest() of the file (or the start)
        self._autosaved_step = 0
        session.events.changed.connect(self.set_dirty)
        undo_stack.cleanChanged.connect(self._on_undo_clean)
        self._hold_instance_lock()

    def attach(self, room) -> None:
        """The studio room that shows this project now (it is rebuilt when the language changes)."""
        self.room = room
        room.dispatcher.received.connect(self._on_snapshot)

    # ------------------------------------------------------------------ state
    @property
    def is_dirty(self) -> bool:
        return self._dirty

    def set_dirty(self, dirty: bool = True) -> None:
        self._dirty = dirty
        if dirty:
            self._autosave_pending = True
        else:
            self._clean_step = self.session.step_count
            self._clean_digest = self.session.state_digest()
        self.stateChanged.emit()

    def _on_undo_clean(self, clean: bool) -> None:
        # undone back to the file: unchanged again, unless something the undo stack does not hold changed too
        # (the data chosen, training steps: the state's digest tells)
        if not clean:
            self.set_dirty()
        elif self._dirty and self.session.step_count == self._clean_step \
                and self.session.state_digest() == self._clean_digest:
            self.set_dirty(False)

    def _on_snapshot(self, _snapshot) -> None:
        # training changes the weights: a change worth saving once a step was taken (pressing Run is not),
        # and worth a new recovery copy whenever training went on since the last one. The session's count, not
        # the snapshot's: a snapshot sent before a project was opened (or a new one started) may arrive after it
        step = self.session.step_count
        if step != self._clean_step and not self._dirty:
            self.set_dirty()
        if step != self._autosaved_step:
            self._autosave_pending = True

    def confirm_discard(self, what: str) -> bool:
        """True if the current project may be replaced (saved first if the user wants)."""
        if not self._dirty:
            return True
        answer = dialogs.ask_save_changes(self._parent, what)
        if answer == "save":
            return self.save()
        return answer == "discard"

    def _remember(self, path: Path) -> None:
        self.path = path.resolve()
        self._settings.setValue("paths/last_dir", str(self.path.parent))
        add_recent_file(self._settings, self.path)

    # ------------------------------------------------------------------ new and open
    def new_project(self) -> bool:
        """XOR with the lecture's 2-2-1 network and the XOR settings: the demo NN Studio starts with."""
        #: completes "Save them before you {0}?" of the unsaved-changes question
        if not self.confirm_discard(self.tr("start a new project")):
            return False
        return self._start_example("xor")

    def open_example(self, key: str) -> bool:
        """A ready-made set-up of File → Examples, as a new (unsaved) project."""
        #: completes "Save them before you {0}?" of the unsaved-changes question
        if not self.confirm_discard(self.tr("open an example")):
            return False
        return self._start_example(key)

    def _start_example(self, key: str) -> bool:
        example = EXAMPLES[key]
        # says why itself when it cannot; missing MNIST files: a download, and then the example again
        dataset = self.room.datasets.load(example.choice, example.config.seed,
                                          retry=lambda: self._start_example(key))
        if dataset is None:
            return False
        self.room.worker.pause()
        self.session.adopt(self.session.prepare_example(example, dataset))
        self.undo_stack.clear()
        self.room.refresh_my_digits()
        self.forget_file()
        return True

    def forget_file(self) -> None:
        """The studio switched to a new set-up (an example, a lesson's): a new project without a file, unchanged."""
        self.path = None
        self.set_dirty(False)

    def open_project_dialog(self) -> bool:
        """File → Open: the file first, then the question about unsaved changes (which depends on the file:
        reopening the open file reloads it, see ``open_project``)."""
        start = read_value(self._settings, "paths/last_dir", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(self._parent, self.tr("Open project"), start,
                                              self.tr("NN Studio projects (*{0});;All files (*)").format(SUFFIX))
        return bool(path) and self.open_project(path)

    def _confirm_open(self, path: Path) -> bool:
        """True if the current project may be replaced by the file at ``path``: reopening the changed project's
        own file asks to reload it (saving first would make the reload a no-op), another file offers to save."""
        if self._dirty and self.path is not None and path.resolve() == self.path:
            return dialogs.ask_reload(self._parent, self.path.name)
        #: completes "Save them before you {0}?" of the unsaved-changes question
        return self.confirm_discard(self.tr("open another project"))

    def open_project(self, path: str | Path, confirm: bool = True) -> bool:
        """Load the project at ``path``; a bad file is reported in a dialog and nothing changes."""
        if confirm and not self._confirm_open(Path(path)):
            return False
        if not self._apply_file(Path(path), self.tr("Cannot open the project"),
                                retry=lambda: self.open_project(path, confirm=False)):
            return False
        self._remember(Path(path))
        self.set_dirty(False)
        self.statusMessage.emit(self.tr("Opened {0}.").format(self.path.name), 4000)
        return True

    def _apply_file(self, path: Path, error_title: str, retry=None) -> bool:
        """Read, load and build everything the file at ``path`` holds, then switch to it; False (after one
        message, with nothing changed) if any of it fails. ``retry()`` runs after a download of the project's
        missing MNIST files (see ``DatasetLoader.load``)."""
        try:
            project, choice, config = _read(path)
        except (ProjectFileError, ValueError) as exc:
            dialogs.show_error(self._parent, error_title, translated(exc))
            return False
        return self._apply(path, project, choice, config.seed, error_title, retry)

    def _apply(self, path: Path, project, choice, seed: int, error_title: str, retry=None, explain=None) -> bool:
        """Load the data of a project read from ``path``, build it and switch to it; False (after one message,
        with nothing changed) if any of it fails. ``explain(text)`` is the text of that message (default: text)."""
        dataset = project.dataset
        if dataset is None:
            dataset = self.room.datasets.load(choice, seed, retry=retry)   # says why itself when it cannot
            if dataset is None:
                return False
        try:
            state = self.session.prepare_project(project, dataset)
        except (ValueError, MemoryError) as exc:
            text = translated(exc) if isinstance(exc, ValueError) else self.tr("There is not enough memory "
                                                                               "for this project's network.")
            text = self.tr("{0}: {1}").format(path.name, text)
            dialogs.show_error(self._parent, error_title, explain(text) if explain else text)
            return False
        self.room.worker.pause()
        self.session.adopt(state)
        self.undo_stack.clear()
        self.room.refresh_my_digits()
        return True

    # ------------------------------------------------------------------ save
    def save(self) -> bool:
        if self.path is None:
            return self.save_as()
        return self.save_to(self.path)

    def save_as(self) -> bool:
        start = str(self.path or Path(read_value(self._settings, "paths/last_dir", str(Path.home())))
                    / (self.tr("untitled") + SUFFIX))
        path, _ = QFileDialog.getSaveFileName(self._parent, self.tr("Save project"), start,
                                              self.tr("NN Studio projects (*{0})").format(SUFFIX))
        if not path:
            return False
        if not path.endswith(SUFFIX):
            path += SUFFIX
        return self.save_to(path)

    def save_to(self, path: str | Path) -> bool:
        path = Path(path)
        try:
            save_project(path, self.session.to_project())
        except (OSError, ValueError) as exc:
            # the system's reasons ("no such file or folder", "the name is too long") do not say which file
            text = translated(exc) if isinstance(exc, Translatable) else self.tr("{0}: {1}").format(path.name,
                                                                                                  translated(exc))
            # (the changes stay in the window: saved elsewhere now, a quit that asked to save goes on)
            return dialogs.ask_save_elsewhere(self._parent, text) and self.save_as()
        self._remember(path)
        self.undo_stack.setClean()
        self.set_dirty(False)
        self.statusMessage.emit(self.tr("Saved {0}.").format(self.path.name), 4000)
        return True

    def fill_recent_menu(self, menu: QMenu) -> None:
        menu.clear()
        files = recent_files(self._settings)
        if not files:
            empty = menu.addAction(self.tr("(no recent projects)"))
            empty.setEnabled(False)
        names = [Path(path).name for path in files]
        for path in files:
            name = Path(path).name
            # two projects of one name, in different folders: each with its folder
            label = self.tr("{0} ({1})").format(name, Path(path).parent) if names.count(name) > 1 else name
            action = menu.addAction(label.replace("&", "&&"))     # "R&D.nnsproj" shown as it is, not "RD"
            action.setToolTip(path)
            action.triggered.connect(lambda _=False, p=path: self.open_project(p))

    # ------------------------------------------------------------------ export
    def export_pytorch(self, path: str | Path | None = None) -> bool:
        """The studio's network as a PyTorch script (and, for big networks or data, .npz files beside it)."""
        path = path or self._ask_export_path(self.tr("Export a PyTorch script"), ".py",
                                             self.tr("Python scripts (*.py)"))
        if not path:
            return False
        language = "ko" if QLocale().language() == QLocale.Language.Korean else "en"
        return self._export(lambda: export_pytorch(self.session.to_project(), path, language=language))

    def export_onnx(self, path: str | Path | None = None) -> bool:
        """The studio's inference network as an ONNX file (opset 17; onnxruntime and Netron open it)."""
        path = path or self._ask_export_path(self.tr("Export an ONNX model"), ".onnx",
                                             self.tr("ONNX models (*.onnx)"))
        if not path:
            return False
        return self._export(lambda: [export_onnx(self.session.to_project(), path)])

    def _ask_export_path(self, caption: str, suffix: str, filters: str) -> str:
        stem = self.path.stem if self.path is not None else self.tr("network")
        start = Path(read_value(self._settings, "paths/last_dir", str(Path.home()))) / (stem + suffix)
        path, _ = QFileDialog.getSaveFileName(self._parent, caption, str(start), filters)
        if path and not path.endswith(suffix):
            path += suffix
        return path

    def _export(self, write) -> bool:
        try:
            files = write()
        except (OSError, ValueError) as exc:
            dialogs.show_error(self._parent, self.tr("Cannot export the network"), translated(exc))
            return False
        self._settings.setValue("paths/last_dir", str(Path(files[0]).parent))
        self.statusMessage.emit(self.tr("Exported {0}.").format(", ".join(Path(f).name for f in files)), 8000)
        return True

    # ------------------------------------------------------------------ autosave
    # Each running NN Studio autosaves to a file of its own, guarded by a lock file that it holds while it runs.
    # At start, only autosaves whose lock can be taken — their instance is gone (crashed, killed) — are offered
    # back; a second window never sees the first one's live autosave as a crash, nor deletes it.
    @staticmethod
    def autosave_dir() -> Path:
        return user_data_dir() / "autosave"

    def autosave_path(self) -> Path:
        """This instance's recovery copy."""
        return self.autosave_dir() / f"{self._instance}{SUFFIX}"

    def _hold_instance_lock(self) -> None:
        folder = self.autosave_dir()
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError:     # (a read-only or full disk: NN Studio starts all the same; autosave_now says why)
            pass
        self._instance = f"{os.getpid()}-{int(time.time() * 1000) % 1_000_000_000}"
        self.instance_lock = QLockFile(str(folder / f"{self._instance}.lock"))
        self.instance_lock.setStaleLockTime(0)     # stale only when its process is gone
        self.instance_lock.tryLock(0)

    def autosave_now(self) -> bool:
        """Save a recovery copy if anything changed since the last one — an edit, or training steps."""
        if not self._autosave_pending:
            return False
        path = self.autosave_path()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            save_project(path, self.session.to_project())
            # written now, not at a clean exit: after a crash, the next start restores the copy under the
            # project's own file name (and finds the recent files of this run)
            self._settings.setValue(f"autosave/{self._instance}", str(self.path or ""))
            self._settings.sync()
        except (OSError, ValueError) as exc:
            self.statusMessage.emit(self.tr("Autosave failed: {0}. Were NN Studio to stop now, the changes since "
                                            "your last save would be lost: save the project, or make room on the "
                                            "disk.").format(translated(exc)), 20000)
            return False
        self._autosave_pending = False
        self._autosaved_step = self.session.step_count
        return True

    def orphaned_autosaves(self) -> list[Path]:
        """Recovery copies of instances that are gone, newest first (a copy of an older version's single
        autosave too)."""
        found = []
        for path in self.autosave_dir().glob(f"*{SUFFIX}"):
            if path.stem == self._instance:
                continue
            lock = QLockFile(str(path.with_suffix(".lock")))
            lock.setStaleLockTime(0)
            if lock.tryLock(0):                     # nobody holds it: its instance is gone
                lock.unlock()
                found.append(path)
        for path in self.autosave_dir().glob("*.lock"):
            # the lock of an instance killed before its first copy: nothing to offer, so nothing removed it
            if path.stem != self._instance and not path.with_suffix(SUFFIX).exists():
                lock = QLockFile(str(path))
                lock.setStaleLockTime(0)
                if lock.tryLock(0):
                    lock.unlock()                   # (which deletes the file)
        legacy = user_data_dir() / AUTOSAVE_NAME
        if legacy.is_file():
            found.append(legacy)
        return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)

    def offer_autosave(self) -> None:
        """After a crash: offer the newest orphaned recovery copy back. No deletes it; a restore that fails, or
        waits for a download, keeps it (offered again at the next start). Older copies are moved to the "kept"
        folder as projects to open, and the user is told where. A copy that cannot be read is never offered: it
        is moved to the "damaged" folder beside the copies, and the user is told where."""
        orphans = self.orphaned_autosaves()
        for i, path in enumerate(orphans):
            try:
                read = _read(path)
            except (ProjectFileError, ValueError) as exc:
                self._set_aside(path, exc)
                continue
            when = QLocale().toString(QDateTime.fromSecsSinceEpoch(int(path.stat().st_mtime)),
                                      QLocale.FormatType.ShortFormat)
            # which project it is (the file it was saved to) and how far it had trained: the learner's, recognised
            original = read_value(self._settings, f"autosave/{path.stem}", "")
            history = read[0].history
            steps = int(history["counters"][0]) if history is not None else 0
            if dialogs.ask_restore_autosave(self._parent, when, Path(original).name if original else "", steps):
                self._restore_autosave(path, read)
            else:
                self._forget_autosave(path)
            # only the newest copy is offered; the older ones (two windows killed at once, a copy kept for its
            # download) are other work: kept as project files to open, never deleted unseen
            self._keep_older(orphans[i + 1:])
            return

    def kept_dir(self) -> Path:
        """Where older recovery copies are kept, as projects to open."""
        return self.autosave_dir() / "kept"

    def _keep(self, path: Path) -> Path:
        """Move the recovery copy ``path`` to the "kept" folder, named after its project and when it was saved
        ("mine (autosaved 2026-11-29 14.14).nnsproj"); returns where it went (OSError when it cannot go)."""
        original = read_value(self._settings, f"autosave/{path.stem}", "")
        stamp = QDateTime.fromSecsSinceEpoch(int(path.stat().st_mtime)).toString("yyyy-MM-dd HH.mm")
        #: a kept recovery copy's file name: the project's name and when it was saved automatically
        name = self.tr("{0} (autosaved {1})").format(Path(original).stem if original else self.tr("untitled"), stamp)
        target = self.kept_dir() / (name + SUFFIX)
        for n in range(2, 100):
            if not target.exists():
                break
            target = self.kept_dir() / f"{name} {n}{SUFFIX}"
        target.parent.mkdir(parents=True, exist_ok=True)
        path.replace(target)
        self._settings.remove(f"autosave/{path.stem}")
        return target

    def _keep_older(self, paths: list[Path]) -> None:
        kept, problem = [], None
        for path in paths:
            try:
                kept.append(self._keep(path))
            except OSError as exc:          # left where it is: offered again at the next start
                problem = exc
        if kept:
            dialogs.show_info(self._parent, self.tr("Older autosaved projects kept"), self.tr(
                "%n older autosaved project(s) from windows that did not close properly are kept in {0}: open them "
                "with File → Open project…", None, len(kept)).format(self.kept_dir()))
        elif problem is not None:
            self.statusMessage.emit(self.tr("An older autosaved project could not be kept aside ({0}); it is "
                                            "offered at the next start.").format(translated(problem)), 10000)

    def _restore_autosave(self, path: Path, read=None) -> bool:
        """Switch to the recovery copy at ``path`` (``read``: it, as read already) and delete the copy once it is
        restored; kept, and the user told so, while it is not."""
        if read is None:            # again, after the download of its data
            try:
                read = _read(path)
            except (ProjectFileError, ValueError) as exc:
                self._set_aside(path, exc)
                return False
        project, choice, config = read
        kept = self.tr("{0}\n\nThe autosaved copy is kept: NN Studio offers it again at its next start.").format
        if not self._apply(path, project, choice, config.seed, self.tr("Cannot restore the autosaved project"),
                           retry=lambda: self._restore_autosave(path), explain=kept):
            download = self.room.datasets.download_dialog
            if download is not None and download.isVisible():
                text = self.tr("The autosaved project is restored once its data is downloaded; its copy is kept "
                               "until then.")
            else:
                text = self.tr("The autosaved project was not restored; its copy is kept and offered again at "
                               "the next start.")
            self.statusMessage.emit(text, 10000)
            return False
        original = read_value(self._settings, f"autosave/{path.stem}", "")
        self.path = Path(original) if original else None
        self.set_dirty(True)
        self._forget_autosave(path)
        self.statusMessage.emit(self.tr("Restored the autosaved project."), 6000)
        return True

    def _forget_autosave(self, path: Path) -> None:
        path.unlink(missing_ok=True)
        self._settings.remove(f"autosave/{path.stem}")

    def _set_aside(self, path: Path, exc: Exception) -> None:
        """A recovery copy that cannot be read goes to the "damaged" folder (kept for a bug report, never offered
        again); the user is told why and where it is."""
        if isinstance(exc, NewerProjectError):      # not damaged: kept to open with the newer NN Studio
            try:
                target = self._keep(path)
            except OSError:
                pass
            else:
                dialogs.show_error(self._parent, self.tr("Cannot restore the autosaved project"), self.tr(
                    "An autosaved project cannot be restored by this NN Studio: {0}\n\nIt is not damaged and is "
                    "kept as {1}: open it with File → Open project… in the newer NN Studio, or in this one once "
                    "updated.").format(translated(exc), target))
                return
        target = self.autosave_dir() / "damaged" / path.name
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            path.replace(target)
        except OSError as err:
            text = self.tr("An autosaved project cannot be read, so it cannot be restored: {0}\n\nIt could not be "
                           "moved aside ({1}) and stays at {2}.").format(translated(exc), translated(err), path)
        else:
            self._settings.remove(f"autosave/{path.stem}")
            text = self.tr("An autosaved project cannot be read, so it cannot be restored: {0}\n\nIt was moved to "
                           "{1} and is not offered again.").format(translated(exc), target)
        dialogs.show_error(self._parent, self.tr("Cannot restore the autosaved project"), text)

    def discard_autosave(self) -> None:
        """The window closes properly: no recovery copy is needed, and the lock goes too."""
        try:
            self.autosave_path().unlink(missing_ok=True)
        except OSError:     # (no folder for it: there is no copy)
            pass
        self._settings.remove(f"autosave/{self._instance}")
        self.instance_lock.unlock()


def _read(path: Path):
    """(project, data choice, training config) of the project file at ``path``; ProjectFileError or ValueError
    (naming the problem) if it cannot be read."""
    project = load_project(path)
    choice, config = project_choices(project)
    return project, choice, config
