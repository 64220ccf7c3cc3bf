"""The interface language: English (the source texts, with ``nnstudio_en.qm`` for the singular and plural forms of
the texts with a count) or Korean (``resources/translations/nnstudio_ko.qm``, plus Qt's own ``qtbase_ko.qm`` for its
dialogs and buttons).

Which language: ``nnstudio --lang ko|en`` and the NNSTUDIO_LANG variable first, then the learner's choice in
View → Language (remembered), then the system's locale. Switching installs the translators at once; Qt then
sends every widget a LanguageChange event, and the main window rebuilds its rooms around the same sessions.
Korean also brings a font with Hangul when the default font has none (``nnstudio.app.fonts``).

Numbers and dates: the interface's language (English: United States, "60,000" and "11/29/26 2:14 PM"), and Qt's
own widgets (the file dialog's dates) the system's — but where the system has no locale (C or POSIX: LANG unset,
as in many containers) Qt would write "60000" and "29 11 2026 14:14" there, so its system locale is then English
(United States) as well (``use_us_formats_without_a_locale``).
"""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from nnstudio.app.fonts import use_font_for
from nnstudio.data.paths import resources_dir

# code -> the language's own name (shown in the menu as is, never translated)
LANGUAGES = {"en": "English", "ko": "한국어"}
SETTINGS_KEY = "ui/language"
ENV = "NNSTUDIO_LANG"

_installed: list[QTranslator] = []
_current = "en"


US_FORMATS = "en_US.UTF-8"


def use_us_formats_without_a_locale() -> bool:
    """Make Qt's system locale English (United States) when the system has none (C or POSIX for numbers and
    dates); True if it did. Call it before anything asks Qt for the system locale (``main()`` does, before the
    QApplication): Qt reads the environment once. The process's environment, and so that of the programs it
    starts, stays as it was."""
    env = os.environ
    everything = env.get("LC_ALL", "")

    def without_locale(category: str) -> bool:      # what Qt reads for that category, as it reads it
        value = everything or env.get(category, "") or env.get("LANG", "") or "C"
        return value.partition(".")[0] in ("C", "POSIX")

    if not (without_locale("LC_NUMERIC") and without_locale("LC_TIME")):
        return False
    env["LC_ALL"] = US_FORMATS
    try:
        QLocale.system()            # read now, while the environment says so
    finally:
        if everything:
            env["LC_ALL"] = everything
        else:
            del env["LC_ALL"]
    return True


def translations_dir() -> Path:
    return resources_dir() / "translations"


def requested_language(settings=None) -> str:
    """The language to start in: NNSTUDIO_LANG (set by --lang too), the remembered choice, the system's."""
    env = os.environ.get(ENV, "").strip().lower()
    if env in LANGUAGES:
        return env
    if settings is not None:
        from nnstudio.app.settings import read_value

        remembered = read_value(settings, SETTINGS_KEY, "")
        if remembered in LANGUAGES:
            return remembered
    return "ko" if QLocale.system().language() == QLocale.Language.Korean else "en"


def current_language() -> str:
    return _current


def use_default_language() -> bool:
    """English with its plural forms ("1 step", not "1 step(s)") on the running application unless a language is
    installed already: for scripts and notebooks that build the app's windows without ``set_language`` (which
    ``main()`` calls). False when there is no application yet or a language was chosen."""
    if QCoreApplication.instance() is None or _installed:
        return False
    return set_language("en")


def set_language(code: str) -> bool:
    """Translate the interface into ``code`` from now on; False (English stays) when its files are missing."""
    global _current
    app = QCoreApplication.instance()
    if code not in LANGUAGES or app is None:
        return False
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = "en"
    use_font_for("en")
    if code == "en":
        plurals = QTranslator(app)      # "1 feature", "2 features" (without it: "1 feature(s)")
        if plurals.load(str(translations_dir() / "nnstudio_en.qm")):
            app.installTranslator(plurals)
            _installed.append(plurals)
    else:
        ours = QTranslator(app)
        if not ours.load(str(translations_dir() / f"nnstudio_{code}.qm")):
            return False
        qt = QTranslator(app)   # Qt's own texts: file dialogs, standard buttons
        if qt.load(f"qtbase_{code}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt)
            _installed.append(qt)
        app.installTranslator(ours)
        _installed.append(ours)
    _current = code
    QLocale.setDefault(QLocale(QLocale.Language.Korean if code == "ko" else QLocale.Language.English))
    use_font_for(code)
    return True


use_default_language()      # an application made before this module was imported (one made later: MainWindow)
