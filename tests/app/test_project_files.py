"""File → Open recent, Open, Save and Save As of the studio, driven as a learner does."""
import errno
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from nnstudio.app import dialogs
from nnstudio.app.main_window import MainWindow


@pytest.fixture
def studio(qtbot, monkeypatch):
    """The main window; an error dialog is recorded (``studio.errors``), closing it discards the changes."""
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append((title, text)))
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, what: "discard")
    monkeypatch.setattr(dialogs, "ask_save_elsewhere",
                        lambda parent, reason: errors.append(("Cannot save the project", reason)) or False)
    w = MainWindow(offer_restore=False)
    w.errors = errors
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def _save_as(studio, monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), ""))
    studio.save_as_action.trigger()
    assert path.is_file(), studio.errors


def test_open_recent_shows_each_name_as_it_is_and_tells_same_names_apart(studio, tmp_path, monkeypatch):
    """'R&D.nnsproj' was listed as 'RD.nnsproj' (the & underlined the D), and two 'xor.nnsproj' of different
    folders were two identical entries."""
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    for path in (tmp_path / "a" / "xor.nnsproj", tmp_path / "b" / "xor.nnsproj", tmp_path / "R&D 실험.nnsproj"):
        _save_as(studio, monkeypatch, path)
    studio.recent_menu.aboutToShow.emit()
    actions = studio.recent_menu.actions()
    # (a menu shows "&&" as one "&")
    assert [a.text() for a in actions] == ["R&&D 실험.nnsproj", f"xor.nnsproj ({tmp_path / 'b'})",
                                           f"xor.nnsproj ({tmp_path / 'a'})"]
    assert [a.toolTip() for a in actions] == [str(tmp_path / "R&D 실험.nnsproj"), str(tmp_path / "b" / "xor.nnsproj"),
                                              str(tmp_path / "a" / "xor.nnsproj")]
    actions[2].trigger()
    assert studio.projects.path == tmp_path / "a" / "xor.nnsproj" and not studio.errors


def test_import_csv_offers_tab_separated_and_text_tables(studio, monkeypatch, tmp_path):
    """A .tsv file (tab separated, which the import reads) was hidden by the dialog's filter."""
    table = tmp_path / "동물.tsv"
    table.write_text("무게\t길이\t동물\n4.1\t46\t고양이\n30\t90\t개\n", encoding="utf-8")
    offered = []

    def pick(parent, caption, start, filters):
        offered.append(filters)
        return str(table), filters
    monkeypatch.setattr(QFileDialog, "getOpenFileName", pick)
    studio.studio.panel.importCsvRequested.emit()
    assert "*.tsv" in offered[0].split(";;")[0] and "*.csv" in offered[0] and "*.txt" in offered[0]
    assert studio.session.dataset.class_names == ("개", "고양이") and not studio.errors


@pytest.mark.parametrize("way", ["recent", "open"])
def test_reopening_the_changed_open_file_asks_to_reload_it_not_to_save_it(studio, tmp_path, monkeypatch, way,
                                                                         request):
    """Opening the file that is open, after changes, asked "Save them before you open another project?" (saving
    first would only reload what was just saved): it asks whether to reload the file and lose the changes."""
    path = tmp_path / "xor.nnsproj"
    _save_as(studio, monkeypatch, path)
    saved_lr = studio.studio.panel.lr_spin.value()
    asked = {"save": [], "reload": []}
    answer = {"reload": False, "save": "cancel"}
    request.addfinalizer(lambda: answer.update(save="discard"))                      # closing the window
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, what: asked["save"].append(what) or answer["save"])
    monkeypatch.setattr(dialogs, "ask_reload", lambda parent, name: asked["reload"].append(name) or answer["reload"],
                        raising=False)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))

    def reopen():
        if way == "open":
            studio.open_action.trigger()
        else:
            studio.recent_menu.aboutToShow.emit()
            studio.recent_menu.actions()[0].trigger()
    studio.studio.panel.lr_spin.setValue(saved_lr * 2)
    assert studio.isWindowModified()
    reopen()                                                  # "Cancel": the changes stay
    assert asked == {"save": [], "reload": ["xor.nnsproj"]}
    assert studio.isWindowModified() and studio.studio.panel.lr_spin.value() == pytest.approx(saved_lr * 2)
    answer["reload"] = True
    reopen()                                                  # "Reload": the file as saved
    assert asked == {"save": [], "reload": ["xor.nnsproj", "xor.nnsproj"]}
    assert not studio.isWindowModified() and studio.studio.panel.lr_spin.value() == pytest.approx(saved_lr)
    other = tmp_path / "other.nnsproj"
    path.rename(other)                                        # another file still asks to save first
    studio.studio.panel.lr_spin.setValue(saved_lr * 3)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(other), ""))
    studio.open_action.trigger()
    assert asked["save"] == ["open another project"] and studio.isWindowModified()


def _refused(monkeypatch, folder, error):
    """Saving into ``folder`` fails with ``error`` (an OSError), as the system refuses it (running as root, a
    read-only folder would not refuse); saving elsewhere works."""
    from nnstudio.session import project
    write = project.write_npz

    def write_npz(path, meta, arrays):
        if Path(path).parent == folder:
            raise error
        return write(path, meta, arrays)
    monkeypatch.setattr(project, "write_npz", write_npz)


@pytest.mark.parametrize("error, reason", [(PermissionError(errno.EACCES, "Permission denied"), "permission denied"),
                                           (OSError(errno.ENOSPC, "No space left on device"), "the disk is full")])
def test_a_project_that_cannot_be_saved_where_it_was_is_saved_elsewhere_on_quitting(qtbot, monkeypatch, tmp_path,
                                                                                   error, reason):
    """Its folder became read-only, or the disk is full: quitting with unsaved changes and "Save" showed "Cannot
    save the project" and nothing else; the learner was left to find Save As. Now the message says nothing is lost
    and offers "Save as…": the work goes to another folder, and the window then closes."""
    folder, elsewhere = tmp_path / "course", tmp_path / "usb"
    folder.mkdir()
    elsewhere.mkdir()
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, what: "save")
    w = MainWindow(offer_restore=False)
    qtbot.addWidget(w)
    w.show()
    assert w.projects.save_to(folder / "xor.nnsproj")
    before = (folder / "xor.nnsproj").read_bytes()
    w.studio.editor.add_layer()
    sizes = w.studio.editor.spec().sizes
    _refused(monkeypatch, folder, error)
    asked = []
    monkeypatch.setattr(dialogs, "ask_save_elsewhere", lambda parent, text: asked.append(text) or False)
    assert not w.close() and w.isVisible() and w.isWindowModified()     # Cancel: the window stays, changed
    assert asked == [f"xor.nnsproj: {reason}"] and (folder / "xor.nnsproj").read_bytes() == before
    monkeypatch.setattr(dialogs, "ask_save_elsewhere", lambda parent, text: asked.append(text) or True)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(elsewhere / "xor"), ""))
    assert w.close() and not w.isVisible()
    from nnstudio.session.project import load_project
    assert load_project(elsewhere / "xor.nnsproj").spec.sizes == sizes


def test_the_failed_save_says_nothing_is_lost_and_offers_save_as(qtbot):
    """What the learner reads when a save fails, and the button that saves elsewhere."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = {}

    def answer():
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen["title"], seen["text"] = box.windowTitle(), box.text()
        seen["buttons"] = [b.text() for b in box.buttons()]
        next(b for b in box.buttons() if b.text() == "Save as…").click()
    QTimer.singleShot(0, answer)
    assert dialogs.ask_save_elsewhere(parent, "xor.nnsproj: the disk is full")
    assert seen["title"] == "Cannot save the project"
    assert seen["text"] == ("xor.nnsproj: the disk is full\n\nNothing is lost: the project stays open with all its "
                            "changes. Save it in another folder or on another disk, or make room on this one and "
                            "save again.")
    assert sorted(seen["buttons"]) == ["Cancel", "Save as…"]


def test_older_autosaves_are_kept_as_projects_to_open_not_deleted(qtbot, monkeypatch, tmp_path):
    """Two windows killed at once (a flat battery), or a copy kept while its MNIST files were missing and then a
    second crash: only the newest copy is offered, and the older ones were deleted without a word. Now they are
    moved to autosave/kept under their project's name, and the learner is told where."""
    import os
    from PySide6.QtWidgets import QMessageBox

    from nnstudio.app import settings
    from nnstudio.session.project import load_project
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: pytest.fail(f"{title}: {text}"))
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, what: "discard")
    offered = []
    monkeypatch.setattr(dialogs, "ask_restore_autosave",
                        lambda parent, when, name, steps: offered.append((name, steps)) or True)
    windows = []

    def start(offer_restore=False):
        w = MainWindow(offer_restore=offer_restore)
        qtbot.addWidget(w)
        w.show()
        windows.append(w)
        return w
    mine, other = start(), start()
    assert mine.projects.save_to(tmp_path / "mine.nnsproj")
    mine.studio.editor.add_layer()                          # 2-2-4-1, in mine.nnsproj's window
    other.studio.editor.add_layer()
    other.studio.editor.add_layer()                         # 2-2-4-4-1, untitled, the newest copy
    for age, w in ((120, mine), (60, other)):
        assert w.projects.autosave_now()
        when = w.projects.autosave_path().stat().st_mtime - age
        os.utime(w.projects.autosave_path(), (when, when))
        w.projects.instance_lock.unlock()                   # both processes die
    settings._stores.clear()                                # (the next start reads the settings from disk)
    restored = start(offer_restore=True)
    qtbot.waitUntil(lambda: bool(offered), timeout=5000)
    assert restored.studio.editor.spec().sizes == (2, 2, 4, 4, 1) and offered == [("", 0)]   # (never saved)
    kept = sorted(restored.projects.kept_dir().glob("*.nnsproj"))
    assert [p.name.split(" (autosaved ")[0] for p in kept] == ["mine"]
    assert load_project(kept[0]).spec.sizes == (2, 2, 4, 1)
    box = restored.findChild(QMessageBox, "infoBox")
    assert box is not None and box.isVisible() and box.windowTitle() == "Older autosaved projects kept"
    assert box.text() == (f"1 older autosaved project from a window that did not close properly is kept in "
                          f"{restored.projects.kept_dir()}: open it with File → Open project…")
    box.close()
    again = start(offer_restore=True)                       # nothing more to offer
    qtbot.wait(100)
    assert len(offered) == 1 and again.findChild(QMessageBox, "infoBox") is None
    # where the copy cannot be kept aside (no room for the folder): it stays, offered at a later start
    for age, w in ((60, again), (0, restored)):
        w.studio.editor.add_layer()
        assert w.projects.autosave_now()
        when = w.projects.autosave_path().stat().st_mtime - age
        os.utime(w.projects.autosave_path(), (when, when))
        w.projects.instance_lock.unlock()
    blocked = restored.projects.kept_dir()
    for old in blocked.iterdir():
        old.unlink()
    blocked.rmdir()
    blocked.write_text("")                                  # a file where the folder would be
    last = start(offer_restore=True)
    qtbot.waitUntil(lambda: len(offered) == 2, timeout=5000)
    assert last.statusBar().currentMessage().startswith("An older autosaved project could not be kept aside (")
    assert again.projects.autosave_path().is_file() and last.findChild(QMessageBox, "infoBox") is None
    for w in windows:
        w.projects.set_dirty(False)
        w.close()


def window_to_crash(qtbot, monkeypatch) -> MainWindow:
    """A window whose process will "die" (its test unlocks its instance lock); no error box may show."""
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: pytest.fail(f"{title}: {text}"))
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, what: "discard")
    window = MainWindow(offer_restore=False)
    qtbot.addWidget(window)
    window.show()
    return window


def restarted_after_the_crash(qtbot, seen: list | None = None) -> MainWindow:
    """The next start: a new window that offers the recovery copy back, answered Yes (the question's title and
    text are added to ``seen``)."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def answer():
        box = next((w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()), None)
        if box is None:
            QTimer.singleShot(20, answer)
            return
        if seen is not None:
            seen.append((box.windowTitle(), box.text()))
        box.button(QMessageBox.StandardButton.Yes).click()
    QTimer.singleShot(0, answer)
    window = MainWindow(offer_restore=True)
    qtbot.addWidget(window)
    window.show()
    return window


def test_the_restore_question_names_the_project_and_how_far_it_trained(qtbot, monkeypatch, tmp_path):
    """After a crash the question said only "A project was saved automatically at 14:14": the learner could not
    tell whether it was the MNIST network trained all afternoon. It names the project's file and its steps."""
    from nnstudio.app import settings
    from tests.app.test_main_window import step
    crashed = window_to_crash(qtbot, monkeypatch)
    assert crashed.projects.save_to(tmp_path / "mine.nnsproj")
    step(qtbot, crashed, 5)
    assert crashed.projects.autosave_now()
    crashed.projects.instance_lock.unlock()                 # its process dies
    settings._stores.clear()
    seen = []
    restored = restarted_after_the_crash(qtbot, seen)
    qtbot.waitUntil(lambda: restored.session.step_count == 5, timeout=5000)
    title, text = seen[0]
    assert title == "Restore your work?"
    assert text.startswith("NN Studio did not close properly last time. Your project mine.nnsproj was saved "
                           "automatically at ") and text.endswith(", at training step 5. Restore it? (No deletes "
                                                                   "the autosaved copy.)"), text
    for w in (crashed, restored):
        w.projects.set_dirty(False)
        w.close()


def test_a_failed_autosave_says_what_is_at_risk_and_what_to_do(qtbot, monkeypatch, studio):
    """A full disk: the status bar said "Autosave failed: the disk is full" for 8 seconds, not that a crash now
    would lose the work nor what to do about it."""
    _refused(monkeypatch, studio.projects.autosave_dir(), OSError(errno.ENOSPC, "No space left on device"))
    studio.studio.editor.add_layer()
    assert not studio.projects.autosave_now()
    assert studio.statusBar().currentMessage() == (
        "Autosave failed: the disk is full. Were NN Studio to stop now, the changes since your last save would be "
        "lost: save the project, or make room on the disk.")


def test_an_autosave_of_a_newer_nn_studio_is_kept_to_open_there_not_called_damaged(qtbot, monkeypatch, tmp_path):
    """The learner tried a newer NN Studio, it crashed, and the older one started: its recovery copy was moved to
    the "damaged" folder as a file that "cannot be read". It is not damaged: it is kept as a project to open with
    the newer NN Studio, and the message says so."""
    from nnstudio.app.project_controller import ProjectController
    from nnstudio.engine.files import read_npz, write_npz
    from nnstudio.engine.spec import NetworkSpec
    from nnstudio.session.project import FORMAT, Project, save_project
    errors = []
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: errors.append((title, text)))
    monkeypatch.setattr(dialogs, "ask_restore_autosave", lambda *args: pytest.fail("offered"))
    copy = ProjectController.autosave_dir() / "4242-17.nnsproj"
    copy.parent.mkdir(parents=True, exist_ok=True)
    save_project(copy, Project(spec=NetworkSpec.xor_default()))
    meta, arrays = read_npz(copy, FORMAT)
    write_npz(copy, dict(meta, version=meta["version"] + 1), arrays)
    w = MainWindow(offer_restore=True)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitUntil(lambda: bool(errors), timeout=5000)
    kept = list(w.projects.kept_dir().glob("*.nnsproj"))
    assert len(kept) == 1 and kept[0].name.startswith("untitled (autosaved ") and not copy.exists()
    assert not (ProjectController.autosave_dir() / "damaged").exists()
    title, text = errors[0]
    assert title == "Cannot restore the autosaved project"
    assert text == ("An autosaved project cannot be restored by this NN Studio: 4242-17.nnsproj: the file was "
                    "written by a newer NN Studio (format version 2; this version reads up to 1). Update NN Studio "
                    f"to open it.\n\nIt is not damaged and is kept as {kept[0]}: open it with File → Open project… "
                    "in the newer NN Studio, or in this one once updated.")
    w.close()


def test_the_locks_of_windows_killed_before_their_first_autosave_are_cleared(qtbot, tmp_path):
    """Each NN Studio holds a lock file in autosave/; one killed before its first recovery copy (a minute) left its
    lock there for good, one more file in the learner's data folder at every such crash."""
    import subprocess
    import sys

    from nnstudio.app.project_controller import ProjectController
    folder = ProjectController.autosave_dir()
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run([sys.executable, "-c", "import os, sys; from PySide6.QtCore import QLockFile; "
                    "lock = QLockFile(sys.argv[1]); assert lock.tryLock(0); os._exit(0)",
                    str(folder / "4242-17.lock")], check=True, timeout=60)
    assert (folder / "4242-17.lock").is_file()          # its process is gone, its lock stays
    windows = []
    for _ in range(2):                                  # the second start leaves the first window's lock alone
        w = MainWindow(offer_restore=True)
        qtbot.addWidget(w)
        w.show()
        windows.append(w)
        qtbot.waitUntil(lambda: not (folder / "4242-17.lock").exists(), timeout=5000)
    qtbot.wait(100)
    assert sorted(folder.glob("*.lock")) == sorted(Path(w.projects.instance_lock.fileName()) for w in windows)
    for w in windows:
        w.close()


def test_a_restored_autosave_trains_on_as_the_crashed_run_would_have(qtbot, monkeypatch, tmp_path):
    """A project's file did not keep Adam's moments and step count, nor where the epoch stood: a restored
    autosave (or a reopened project) trained on from a fresh optimizer, and its loss bumped. Now it goes on
    exactly as the run would have: the same losses and weights, bit for bit."""
    import numpy as np

    from nnstudio.app import settings
    from tests.app.test_main_window import choose_dataset, step
    crashed = window_to_crash(qtbot, monkeypatch)
    choose_dataset(crashed, "moons")
    crashed.session.set_config(optimizer="adam", lr=0.01, batch_size=16)
    step(qtbot, crashed, 7)
    assert crashed.projects.autosave_now()
    crashed.projects.instance_lock.unlock()                 # its process dies (in this test it trains on)
    step(qtbot, crashed, 5)
    settings._stores.clear()
    restored = restarted_after_the_crash(qtbot)
    qtbot.waitUntil(lambda: restored.session.step_count == 7, timeout=5000)
    step(qtbot, restored, 5)
    for a, b in zip(crashed.session.weights(), restored.session.weights()):
        np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(crashed.session.history_arrays()["step_loss"],
                                  restored.session.history_arrays()["step_loss"])
    assert restored.studio.status.step_label.text() == "Step 12"
    for w in (crashed, restored):
        w.projects.set_dirty(False)
        w.close()
