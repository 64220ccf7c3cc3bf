"""NN Studio's desktop app (PySide6 + pyqtgraph). ``main()`` starts it.

Qt and the views are imported inside ``main()`` so that ``import nnstudio.app`` stays cheap.
"""
from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Start NN Studio: ``nnstudio [file]``, a file opened as ``MainWindow.open_file`` does (a project, a table, a
    model or a picture of a digit). Returns the application's exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    from nnstudio.app.language import requested_language, set_language, use_us_formats_without_a_locale

    use_us_formats_without_a_locale()       # (before Qt reads the system's locale: pyqtgraph's import does)
    import pyqtgraph as pg
    from PySide6.QtWidgets import QApplication

    # Offscreen/Xvfb have no OpenGL worth using; pyqtgraph's raster path is fast enough for our plots.
    pg.setConfigOptions(useOpenGL=False, antialias=True)
    configure_process()
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "nnstudio", *argv])
    app.setApplicationName("NN Studio")
    app.setOrganizationName("nnstudio")
    from nnstudio.app.style import readable_style

    app.setStyle(readable_style())      # the desktop's style; check boxes that show on a dark palette
    collect_garbage_in_gui_thread(app)
    from nnstudio.app.settings import open_settings

    set_language(requested_language(open_settings()))
    from nnstudio.app.main_window import MainWindow

    window = MainWindow()
    window.show()
    given = next((a for a in argv if not a.startswith("-")), None)
    if given:           # a project or a table opens in the studio, a model or a picture in the pad
        window.open_file(given)
    return int(app.exec())


# The GUI thread needs the GIL every few ms to stay responsive while the training thread runs many small NumPy
# operations (XOR's 4-sample batches); Python's default 5 ms switch interval froze the GUI for 0.4-0.7 s (p99).
SWITCH_INTERVAL = 0.0002


def configure_process() -> None:
    """Process-wide settings the app needs (called once by ``main()``, and by tests and benchmarks that build
    windows themselves)."""
    sys.setswitchinterval(SWITCH_INTERVAL)


__all__ = ["main", "configure_process"]


def collect_garbage_in_gui_thread(app) -> None:
    """Python's cycle collector runs in whichever thread happens to allocate when it is due: in the training
    thread or a lesson's background job it may free a cycle of Qt objects there, and a Qt object destroyed outside
    the GUI thread can deadlock against it (a test run hung so: the lesson thread in ~QObject waiting for the GIL,
    the GUI thread in ~QAction waiting for Qt's lock). The automatic collector is switched off and pyqtgraph's
    GarbageCollector collects on a timer in the GUI thread instead, once a second, as often as the thresholds
    would have asked for. Kept alive by ``app`` (called once per application)."""
    if getattr(app, "_nnstudio_gc", None) is None:
        from pyqtgraph.util.garbage_collector import GarbageCollector

        app._nnstudio_gc = GarbageCollector(interval=1.0)
