import pytest


@pytest.fixture(autouse=True, scope="session")
def _english(qapp):
    """The interface in English as the app starts it (nnstudio.app.main sets the language): with the English
    plural forms, "1 feature" and "2 features"."""
    from nnstudio.app import language

    assert language.set_language("en")
    yield


@pytest.fixture(autouse=True, scope="package")
def _garbage_collected_in_the_gui_thread(qapp):
    """As the app does (nnstudio.app.collect_garbage_in_gui_thread): no cycle of Qt objects is freed in the
    training thread or a lesson's job thread. (The tests outside tests/app get the automatic collector back.)"""
    import gc

    from nnstudio.app import collect_garbage_in_gui_thread

    collect_garbage_in_gui_thread(qapp)
    yield
    gc.enable()


@pytest.fixture(autouse=True)
def _closed_widgets_deleted_at_once(qapp):
    """pytest-qt closes a test's widgets with deleteLater(), and processEvents() outside an event loop does not
    delete them: a closed MainWindow lived on into later tests, unreachable from Python. When the cycle collector
    then freed its wrappers (clearing their attributes) before Qt deleted the window, the window's destruction
    called pyqtgraph's Python sizeHint on wrappers with no attributes left ("'LabelItem' object has no attribute
    '_sizeHint'"), and whichever test was running failed. Runs after pytest-qt has closed the widgets."""
    from PySide6.QtCore import QCoreApplication, QEvent

    yield
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def desktop_font(qapp):
    """``desktop_font(points)``: the application's font at that size, as a desktop sets it (11 pt on many Linux
    desktops); the font it had comes back after the test. Ask for it before ``window_in``: leaving Korean gives back
    the font Korean replaced, then this fixture the test's own."""
    started = qapp.font()

    def set_points(points: int) -> None:
        font = qapp.font()
        font.setPointSize(points)
        qapp.setFont(font)

    yield set_points
    qapp.setFont(started)


@pytest.fixture
def window_in(qtbot, monkeypatch):
    """``window_in(language, width, height)``: the whole window, shown in that language at that size (a screen of
    that size); English again after the test. (The test answers the window's questions, e.g. patched_dialogs.)"""
    from nnstudio.app import language as app_language
    from nnstudio.app.main_window import MainWindow

    def make(language: str, width: int, height: int):
        monkeypatch.setattr("nnstudio.app.lessons.room.current_language", lambda: language)
        assert app_language.set_language(language)
        w = MainWindow(offer_restore=False)
        qtbot.addWidget(w)
        w.resize(width, height)
        w.show()
        return w

    yield make
    app_language.set_language("en")


DARK_PALETTE = {   # a dark desktop theme's colours, as macOS, Windows 11 or GNOME in dark mode hand them to Qt
    "Window": "#2b2b2b", "WindowText": "#e8e8e8", "Base": "#1e1e1e", "AlternateBase": "#333333",
    "Text": "#e8e8e8", "Button": "#3a3a3a", "ButtonText": "#e8e8e8", "BrightText": "#ffffff",
    "ToolTipBase": "#444444", "ToolTipText": "#eeeeee", "Highlight": "#2f65ca", "HighlightedText": "#ffffff",
    "PlaceholderText": "#999999", "Link": "#6ea8fe", "LinkVisited": "#b794f6",
    "Light": "#505050", "Midlight": "#404040", "Mid": "#303030", "Dark": "#1a1a1a", "Shadow": "#000000",
}


@pytest.fixture
def dark_desktop(qapp):
    """The application in a dark desktop theme (Fusion style with a dark palette, as Qt gets it from a desktop in
    dark mode); the style and palette it had come back after the test. Widgets made after asking for it start
    dark; the ones already there get the palette-change events a desktop switching to dark mode sends."""
    from PySide6.QtGui import QColor, QPalette

    style, palette = qapp.style().name(), qapp.palette()
    dark = QPalette()
    for role, colour in DARK_PALETTE.items():
        dark.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    for role in ("WindowText", "Text", "ButtonText"):      # greyed-out controls look greyed out, as in a real theme
        dark.setColor(QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role), QColor("#7f7f7f"))
    from nnstudio.app.style import readable_style

    qapp.setStyle(readable_style("Fusion"))      # (as main() sets it up over the desktop's style)
    qapp.setPalette(dark)
    yield dark
    qapp.setStyle(style)
    qapp.setPalette(palette)
