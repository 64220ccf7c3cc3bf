"""Settings hold plain values only and are read without ever unpickling: a planted pickle is ignored with a
warning and never runs."""
import json
import warnings

import pytest
from PySide6.QtCore import QByteArray, QSettings

from nnstudio.app.settings import (SettingsWarning, add_recent_file, legacy_settings_path, open_settings,
                                   read_value, recent_files, settings_path)


class _Payload:
    """Unpickling this creates a file: proof that code from the settings file ran."""

    def __init__(self, marker):
        self.marker = str(marker)

    def __reduce__(self):
        return (open, (self.marker, "w"))


def plant_pickle(path, marker):
    """A settings.ini as an attacker would write it: QSettings stores a Python object as @Variant(pickle)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    planted = QSettings(str(path), QSettings.Format.IniFormat)
    planted.setValue("training/lr", _Payload(marker))
    planted.setValue("training/seed", 7)
    planted.setValue("paths/last_dir", "/home/learner/projects")
    planted.sync()
    del planted
    assert "@Variant(" in path.read_text(errors="replace")


def test_a_pickled_value_in_the_old_ini_file_is_ignored_with_a_warning_and_never_runs(tmp_path):
    marker = tmp_path / "code-ran"
    plant_pickle(legacy_settings_path(), marker)
    with pytest.warns(SettingsWarning, match="'training/lr' is a pickled Python object, which is never loaded"):
        settings = open_settings()
        lr = read_value(settings, "training/lr", 3.0)
    assert lr == 3.0 and not marker.exists()
    # the plain values are taken over, into a JSON file that holds no pickle
    assert read_value(settings, "training/seed", 0) == 7
    assert read_value(settings, "paths/last_dir", "") == "/home/learner/projects"
    settings.sync()
    stored = json.loads(settings_path().read_text())
    assert "training/lr" not in stored and stored["training/seed"] == "7"
    assert not marker.exists()


def test_a_pickle_planted_in_the_json_file_is_only_text(tmp_path):
    marker = tmp_path / "code-ran"
    raw = QSettings(str(tmp_path / "x.ini"), QSettings.Format.IniFormat)
    raw.setValue("v", _Payload(marker))
    raw.sync()
    variant = (tmp_path / "x.ini").read_text(errors="replace").split("v=", 1)[1].strip()
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text(json.dumps({"training/lr": variant, "window/geometry": {"base64": "AAEC"}}))
    settings = open_settings()
    assert read_value(settings, "training/lr", 3.0) == 3.0           # text that is no number: the default
    assert settings.value("window/geometry") == QByteArray(b"\x00\x01\x02")
    assert not marker.exists()


def test_values_round_trip_as_plain_types():
    settings = open_settings()
    geometry = QByteArray(b"\x01\xd9\xd0\xcb\x00\x03geometry")
    settings.setValue("window/geometry", geometry)
    settings.setValue("training/lr", 0.75)
    settings.setValue("training/batch_size", 32)
    settings.setValue("window/boundary_auto_hidden", True)
    settings.setValue("paths/last_dir", "/tmp/x")
    settings.sync()
    stored = json.loads(settings_path().read_text())
    assert stored["window/geometry"] == {"base64": "AdnQywADZ2VvbWV0cnk="} and stored["training/lr"] == 0.75
    # another object on the same file (the window and a dialog each open one) sees the values at once
    other = open_settings()
    assert other.value("window/geometry") == geometry and isinstance(other.value("window/geometry"), QByteArray)
    assert read_value(other, "training/lr", 3.0) == 0.75 and read_value(other, "training/batch_size", 1) == 32
    assert read_value(other, "window/boundary_auto_hidden", False) is True
    assert read_value(other, "training/batch_size", 1.0) == 32.0 and read_value(other, "missing", "d") == "d"
    other.remove("training")
    assert not settings.contains("training/lr") and settings.contains("paths/last_dir")
    with pytest.raises(TypeError, match="only plain values"):
        settings.setValue("x", object())
    with pytest.raises(ValueError, match="only finite numbers"):
        settings.setValue("x", float("nan"))


def test_a_damaged_or_hostile_json_file_gives_the_defaults():
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    for text in ("{not json", "[1, 2]", '{"training/lr": NaN}', "[" * 100_000):
        settings_path().write_text(text)
        from nnstudio.app import settings as module
        module._stores.clear()   # (a new process: nothing cached)
        with pytest.warns(SettingsWarning):
            settings = open_settings()
        assert read_value(settings, "training/lr", 3.0) == 3.0


def test_changes_from_another_instance_are_merged_not_lost(tmp_path):
    from nnstudio.app import settings as module

    first = open_settings()
    first.setValue("training/lr", 0.5)
    first.sync()
    stored = json.loads(settings_path().read_text())
    stored["paths/last_dir"] = "/elsewhere"          # written meanwhile by a second studio
    settings_path().write_text(json.dumps(stored))
    first.setValue("training/seed", 4)
    first.sync()
    module._stores.clear()
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        again = open_settings()
    assert read_value(again, "paths/last_dir", "") == "/elsewhere"
    assert read_value(again, "training/lr", 0.0) == 0.5 and read_value(again, "training/seed", 0) == 4


def test_recent_files(tmp_path):
    settings = open_settings()
    paths = []
    for i in range(10):
        p = tmp_path / f"p{i}.nnsproj"
        p.write_text("x")
        paths.append(p)
        add_recent_file(settings, p)
    assert recent_files(settings) == [str(p.resolve()) for p in reversed(paths)][:8]
    paths[9].unlink()
    assert recent_files(settings)[0] == str(paths[8].resolve())
    settings.setValue("recent_files", [1, None, str(paths[0].resolve())])
    assert recent_files(settings) == [str(paths[0].resolve())]
