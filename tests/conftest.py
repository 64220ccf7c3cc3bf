import os

# Without a display Qt would abort the whole run; tests draw offscreen (STYLE.md).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from nnstudio.app import configure_process

configure_process()   # as nnstudio.app.main() does: the GUI thread gets the GIL often enough


@pytest.fixture(autouse=True)
def _private_user_data(tmp_path_factory, monkeypatch):
    """Every test gets its own empty user data folder, never the developer's real one."""
    monkeypatch.setenv("NNSTUDIO_HOME", str(tmp_path_factory.mktemp("nnstudio_home")))
