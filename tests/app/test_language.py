"""The interface's language and its number and date formats, as NN Studio starts (``nnstudio.app.main``)."""
import json
import os
import subprocess
import sys

import pytest

# main() as the learner starts it, its window shown; instead of running, the application reports what a learner
# would read: a count as the status bar writes it, the file dialog's date of a file, the date of a recovery copy
_STARTED = r"""
import json, os, sys
from PySide6 import QtWidgets
from PySide6.QtCore import QCoreApplication, QDateTime, QLocale


class Reporting(QtWidgets.QApplication):
    def exec(self):
        folder = sys.argv[1]
        model = QtWidgets.QFileSystemModel()
        model.setRootPath(folder)
        index = model.index(os.path.join(folder, "mine.nnsproj"))
        for _ in range(500):
            date = model.data(index.siblingAtColumn(3))
            if date:
                break
            QCoreApplication.processEvents()
        print(json.dumps({"count": QLocale().toString(60000), "file_dialog_date": date,
                          "system": QLocale.system().name(), "LANG": os.environ.get("LANG"),
                          "LC_ALL": os.environ.get("LC_ALL")}), flush=True)
        os._exit(0)         # (the window's threads are not stopped: it only had to show)


QtWidgets.QApplication = Reporting
from nnstudio.app import main
sys.exit(main([]))
"""


def started(tmp_path, **locale):
    """What NN Studio shows, started with the environment's locale variables set to ``locale`` only."""
    project = tmp_path / "mine.nnsproj"
    project.write_bytes(b"")
    os.utime(project, (1_800_000_000, 1_800_000_000))          # 15 January 2027, 08:00 UTC
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "NNSTUDIO_LANG"))}
    env.update(locale, TZ="UTC", QT_QPA_PLATFORM="offscreen", NNSTUDIO_HOME=str(tmp_path / "home"))
    out = subprocess.run([sys.executable, "-c", _STARTED, str(tmp_path)], env=env, capture_output=True, text=True,
                         timeout=120)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


@pytest.mark.parametrize("locale", [{}, {"LANG": "C"}, {"LANG": "C.UTF-8"}, {"LC_ALL": "POSIX"}])
def test_without_a_system_locale_numbers_and_dates_are_written_as_in_the_united_states(tmp_path, locale):
    """With LANG unset (many containers) the file dialog dated files "15 01 2027 08:00" (Qt's C locale);
    they read as the English interface's texts do: "1/15/27 8:00 AM", and counts "60,000"."""
    seen = started(tmp_path, **locale)
    assert seen["count"] == "60,000"
    assert seen["file_dialog_date"] == "1/15/27 8:00\u202fAM"       # (CLDR: a narrow space before AM)
    assert seen["system"] == "en_US"
    # (the environment itself is left alone: programs NN Studio starts get the system's as it is)
    assert (seen["LANG"], seen["LC_ALL"]) == (locale.get("LANG"), locale.get("LC_ALL"))


def test_a_system_locale_is_kept_for_the_dates_of_its_widgets(tmp_path):
    seen = started(tmp_path, LANG="en_GB.UTF-8")
    assert seen["system"] == "en_GB" and seen["file_dialog_date"] == "15/01/2027 08:00"


# a script's window, built without main() and so without set_language: what its counts read
_SCRIPT = r"""
import json, os, sys
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication
from nnstudio.app import texts
from nnstudio.i18n import QT_TRANSLATE_NOOP, Text

if sys.argv[1] == "window":         # the modules first, then the application and a window
    from nnstudio.app.main_window import MainWindow
    app = QApplication([sys.argv[0]])
    window = MainWindow(offer_restore=False)
else:                               # the application first, then the app's modules
    app = QApplication([sys.argv[0]])
    import nnstudio.app.language
race = "The race is over after %n step(s). Restart races again; a longer race goes on."
print(json.dumps([QCoreApplication.translate("Race", race, None, n) for n in (1, 2)]
                 + [texts.translated(Text("Errors", QT_TRANSLATE_NOOP("Errors", "has %n column(s), expected {expected} "
                                                                                "(as line {first})", None, 1),
                                          n=n, expected=3, first=2)) for n in (1, 2)]), flush=True)
os._exit(0)
"""


@pytest.mark.parametrize("order", ["window", "application"])
def test_a_script_without_set_language_reads_english_counts(tmp_path, order):
    """Only main() installed the English plural forms: a notebook's or benchmark's window said "after 1 step(s)"."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG", "NNSTUDIO_LANG"))}
    env.update(QT_QPA_PLATFORM="offscreen", NNSTUDIO_HOME=str(tmp_path / "home"))
    out = subprocess.run([sys.executable, "-c", _SCRIPT, order], env=env, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) == [
        "The race is over after 1 step. Restart races again; a longer race goes on.",
        "The race is over after 2 steps. Restart races again; a longer race goes on.",
        "has 1 column, expected 3 (as line 2)", "has 2 columns, expected 3 (as line 2)"]
