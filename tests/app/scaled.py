"""Run a piece of the app on a high-DPI screen (QT_SCALE_FACTOR, as a 150 % or 200 % desktop sets it) in a Python of
its own: the scale of a running application cannot change. The script prints one JSON value last; that is the
answer."""
import json
import os
import subprocess
import sys
import textwrap

PRELUDE = """
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
app = QApplication([])
from nnstudio.app import language
language.set_language("en")
"""


def run_scaled(scale: float, script: str, tmp_path, timeout: float = 120.0):
    """What ``script`` prints last (JSON), run with the app's screen at ``scale``."""
    env = {**os.environ, "QT_SCALE_FACTOR": str(scale), "QT_QPA_PLATFORM": "offscreen",
           "NNSTUDIO_HOME": str(tmp_path / "home")}
    code = PRELUDE + textwrap.dedent(script)
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=timeout)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])
