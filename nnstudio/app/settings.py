"""The studio's remembered choices: a QSettings INI file in the user data folder, and the recent-files list.

Stored under ``nnstudio.data.paths.user_data_dir()`` (not the platform registry) so that tests, which point
``$NNSTUDIO_HOME`` at a temporary folder, never read or write the developer's real settings.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from nnstudio.data.paths import user_data_dir

MAX_RECENT_FILES = 8


def settings_path() -> Path:
    return user_data_dir() / "settings.ini"


def open_settings() -> QSettings:
    """The INI-backed QSettings of NN Studio (the folder is created if missing)."""
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    return QSettings(str(path), QSettings.Format.IniFormat)


def read_value(settings: QSettings, key: str, default, kind=None):
    """``settings.value`` converted to ``kind`` (default: the default's type); a bad stored value gives the default.

    INI files store everything as text, so a hand-edited or older file may hold anything.
    """
    kind = kind or type(default)
    raw = settings.value(key, None)
    if raw is None:
        return default
    try:
        if kind is bool:
            if isinstance(raw, str):
                return raw.strip().lower() in ("1", "true", "yes", "on")
            return bool(raw)
        return kind(raw)
    except (TypeError, ValueError):
        return default


def recent_files(settings: QSettings) -> list[str]:
    """Recently opened/saved project paths, newest first, only those that still exist."""
    raw = settings.value("recent_files", [])
    if isinstance(raw, str):
        raw = [raw] if raw else []
    return [p for p in (str(x) for x in raw or []) if Path(p).is_file()][:MAX_RECENT_FILES]


def add_recent_file(settings: QSettings, path: str | Path) -> list[str]:
    """Put ``path`` first in the recent-files list (no duplicates, at most MAX_RECENT_FILES)."""
    path = str(Path(path).resolve())
    files = [path] + [p for p in recent_files(settings) if p != path]
    files = files[:MAX_RECENT_FILES]
    settings.setValue("recent_files", files)
    return files
