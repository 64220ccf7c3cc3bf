"""The studio's remembered choices: a JSON file in the user data folder, and the recent-files list.

Only plain values are stored — text, numbers, true/false, lists and mappings of them; byte arrays (the window's
geometry and dock layout) as base64 text — and the file is read with ``json``, so nothing in it can run code.
QSettings' INI format is not used: PySide6 unpickles ``@Variant(...)`` values in it, and a crafted settings.ini
ran code when the studio started. A settings.ini left by an older version is read once, as plain text
(``configparser``), its plain values taken over and any ``@Variant`` value dropped with a warning.

Stored under ``nnstudio.data.paths.user_data_dir()`` (not the platform registry) so that tests, which point
``$NNSTUDIO_HOME`` at a temporary folder, never read or write the developer's real settings.
"""
from __future__ import annotations

import atexit
import base64
import configparser
import json
import math
import threading
import warnings
from pathlib import Path

from PySide6.QtCore import QByteArray

from nnstudio.data.paths import user_data_dir
from nnstudio.engine.files import write_file_atomically

MAX_RECENT_FILES = 8
MAX_FILE_BYTES = 4 * 1024 ** 2   # a settings file is a few KB; a larger one is not read
_BYTES_KEY = "base64"            # {"base64": "..."} holds a byte array


class SettingsWarning(UserWarning):
    """A settings value (or file) that was ignored; the message says which and why."""


def settings_path() -> Path:
    return user_data_dir() / "settings.json"


def legacy_settings_path() -> Path:
    """Where versions before the JSON file kept their settings (QSettings' INI format)."""
    return user_data_dir() / "settings.ini"


# -- values: plain JSON only ------------------------------------------------------------------------------------
def _encode(value, key: str):
    """A value as plain JSON data; byte arrays as {"base64": ...}. TypeError for anything else."""
    if isinstance(value, QByteArray):
        value = bytes(value.data())
    if isinstance(value, (bytes, bytearray)):
        return {_BYTES_KEY: base64.b64encode(bytes(value)).decode("ascii")}
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        if not math.isfinite(value):
            raise ValueError(f"setting {key!r}: {value} cannot be stored (only finite numbers)")
        return value
    if isinstance(value, (list, tuple)):
        return [_encode(v, key) for v in value]
    if isinstance(value, dict) and all(isinstance(k, str) for k in value):
        return {k: _encode(v, key) for k, v in value.items()}
    raise TypeError(f"setting {key!r}: only plain values (text, numbers, true/false, lists, byte arrays) are "
                    f"stored, not {type(value).__name__}")


def _decode(value):
    if isinstance(value, dict):
        if set(value) == {_BYTES_KEY} and isinstance(value[_BYTES_KEY], str):
            try:
                return QByteArray(base64.b64decode(value[_BYTES_KEY], validate=True))
            except ValueError:
                return None
        return {k: _decode(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_decode(v) for v in value]
    return value


def _refuse_constant(text):
    raise ValueError(f"{text} is not allowed")


def _read_json(path: Path) -> dict:
    """The stored mapping, or {} (with a warning) for a missing, damaged or implausibly large file."""
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            warnings.warn(f"{path} is larger than a settings file can be; it is ignored", SettingsWarning,
                          stacklevel=3)
            return {}
        data = json.loads(path.read_text(encoding="utf-8"), parse_constant=_refuse_constant)
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, RecursionError) as exc:
        warnings.warn(f"{path} cannot be read ({exc}); the studio starts with its defaults", SettingsWarning,
                      stacklevel=3)
        return {}
    if not isinstance(data, dict):
        warnings.warn(f"{path} does not hold settings; the studio starts with its defaults", SettingsWarning,
                      stacklevel=3)
        return {}
    return data


def _read_legacy_ini(path: Path) -> dict:
    """Plain values of an older settings.ini, read as text: never handed to QSettings, which would unpickle
    ``@Variant(...)`` values. Those are dropped with a warning; byte arrays (window layout) are left out."""
    parser = configparser.RawConfigParser(strict=False, interpolation=None, delimiters=("=",))
    parser.optionxform = str   # keys keep their case
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            return {}
        parser.read_string(path.read_text(encoding="utf-8", errors="replace"))
    except (OSError, configparser.Error):
        return {}
    values = {}
    for section in parser.sections():
        for name, text in parser.items(section, raw=True):
            key = name if section == "General" else f"{section}/{name}"
            text = text.strip()
            if text.startswith("@Variant("):
                warnings.warn(f"{path}: the value of {key!r} is a pickled Python object, which is never loaded "
                              "(it could run code); it is ignored", SettingsWarning, stacklevel=3)
                continue
            if text.startswith("@"):
                continue   # @ByteArray(...) and other Qt encodings: the window starts with its default layout
            if len(text) >= 2 and text[0] == text[-1] == '"':
                text = text[1:-1]
            values[key] = [p.strip() for p in text.split(", ")] if key == "recent_files" else text
    return values


# -- the store: one per file per process, as QSettings shares one ---------------------------------------------
class _Store:
    def __init__(self, path: Path):
        self.path = path
        self.lock = threading.RLock()
        self.changed: set[str] = set()
        self.values = _read_json(path)
        legacy = path.with_name("settings.ini")
        if not path.exists() and legacy.is_file():
            self.values = _read_legacy_ini(legacy)
            self.changed = set(self.values)

    def sync(self) -> None:
        """Write the changes, merged into what is on disk now (another instance may have written since)."""
        with self.lock:
            if not self.changed:
                return
            on_disk = _read_json(self.path)
            for key in self.changed:
                if key in self.values:
                    on_disk[key] = self.values[key]
                else:
                    on_disk.pop(key, None)
            text = json.dumps(on_disk, indent=1, sort_keys=True, allow_nan=False)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_file_atomically(self.path, lambda f: f.write(text.encode("utf-8")))
            self.values = on_disk
            self.changed.clear()


_stores: dict[Path, _Store] = {}
_stores_lock = threading.Lock()


def _store_for(path: Path) -> _Store:
    path = path.resolve()
    with _stores_lock:
        store = _stores.get(path)
        if store is None:
            store = _stores[path] = _Store(path)
        return store


@atexit.register
def _sync_all() -> None:
    """What was set but not synced is written when the process ends (QSettings does so too)."""
    for store in list(_stores.values()):
        try:
            store.sync()
        except OSError:
            pass


class Settings:
    """The part of QSettings' interface the studio uses — ``value``, ``setValue``, ``remove``, ``contains``,
    ``allKeys``, ``sync``, ``fileName`` — on the JSON file. Keys are "group/name" strings as in QSettings.
    ``value`` gives back what ``setValue`` stored (numbers as numbers; byte arrays as QByteArray)."""

    def __init__(self, path: str | Path):
        self._store = _store_for(Path(path))

    def value(self, key: str, defaultValue=None, type=None):  # noqa: A002 - QSettings' argument names
        with self._store.lock:
            if key not in self._store.values:
                return defaultValue
            value = _decode(self._store.values[key])
        if type is not None and value is not None:
            try:
                return type(value)
            except (TypeError, ValueError):
                return defaultValue
        return value

    def setValue(self, key: str, value) -> None:  # noqa: N802 - QSettings' name
        encoded = _encode(value, key)
        with self._store.lock:
            self._store.values[key] = encoded
            self._store.changed.add(key)

    def remove(self, key: str) -> None:
        """Remove ``key`` and, as QSettings does, every key under it ("group/...")."""
        with self._store.lock:
            for k in [k for k in self._store.values if k == key or k.startswith(key + "/") or not key]:
                del self._store.values[k]
                self._store.changed.add(k)

    def contains(self, key: str) -> bool:
        with self._store.lock:
            return key in self._store.values

    def allKeys(self) -> list[str]:  # noqa: N802
        with self._store.lock:
            return sorted(self._store.values)

    def sync(self) -> None:
        self._store.sync()

    def fileName(self) -> str:  # noqa: N802
        return str(self._store.path)


def open_settings() -> Settings:
    """NN Studio's settings (the JSON file in the user data folder; the folder is created when they are saved)."""
    return Settings(settings_path())


def read_value(settings: Settings, key: str, default, kind=None):
    """``settings.value`` converted to ``kind`` (default: the default's type); a bad stored value gives the default.

    The file may have been edited by hand or written by another version, so it may hold anything.
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
        if kind in (int, float) and isinstance(raw, (list, dict, QByteArray)):
            return default
        value = kind(raw)
        if isinstance(value, float) and not math.isfinite(value):
            return default
        return value
    except (TypeError, ValueError, OverflowError):
        return default


def recent_files(settings: Settings) -> list[str]:
    """Recently opened/saved project paths, newest first, only those that still exist."""
    raw = settings.value("recent_files", [])
    if isinstance(raw, str):
        raw = [raw] if raw else []
    if not isinstance(raw, list):
        return []
    return [p for p in (x for x in raw if isinstance(x, str)) if Path(p).is_file()][:MAX_RECENT_FILES]


def add_recent_file(settings: Settings, path: str | Path) -> list[str]:
    """Put ``path`` first in the recent-files list (no duplicates, at most MAX_RECENT_FILES)."""
    path = str(Path(path).resolve())
    files = [path] + [p for p in recent_files(settings) if p != path]
    files = files[:MAX_RECENT_FILES]
    settings.setValue("recent_files", files)
    return files
