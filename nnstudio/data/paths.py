"""Where NN Studio keeps its files: the user data folder and the shipped resources."""
from __future__ import annotations

import os
import sys
import sysconfig
from pathlib import Path


def user_data_dir() -> Path:
    """The per-user data folder (not created here).

    ``$NNSTUDIO_HOME`` wins; otherwise the platform's convention: ``%APPDATA%\\nnstudio`` on Windows,
    ``~/Library/Application Support/nnstudio`` on macOS, ``$XDG_DATA_HOME/nnstudio`` (default
    ``~/.local/share/nnstudio``) elsewhere.
    """
    if os.environ.get("NNSTUDIO_HOME"):
        return Path(os.environ["NNSTUDIO_HOME"]).expanduser()
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "nnstudio"


def resources_dir() -> Path:
    """The project's ``resources/`` folder (shipped models, icons, translations).

    From a checkout or an editable install: the repository's own folder. From an installed wheel: the copy
    that pyproject.toml's data-files puts under ``<prefix>/share/nnstudio/resources`` (the environment's
    prefix, or the user's for ``pip install --user``).
    """
    candidates = [Path(__file__).resolve().parents[2] / "resources"]
    for scheme in (sysconfig.get_default_scheme(), sysconfig.get_preferred_scheme("user")):
        try:
            candidates.append(Path(sysconfig.get_path("data", scheme)) / "share" / "nnstudio" / "resources")
        except KeyError:
            continue
    for folder in candidates:
        if (folder / "models").is_dir():
            return folder
    return candidates[0]
