"""Where the shipped resources are found: a checkout, or the copy a built wheel installs."""
import sys
from pathlib import Path

import pytest

from nnstudio.data import paths

ROOT = Path(__file__).resolve().parents[2]


def test_a_checkout_uses_its_own_resources_folder():
    assert paths.resources_dir() == ROOT / "resources"
    assert (paths.resources_dir() / "models" / "mnist_mlp.npz").is_file()


def test_an_installed_wheel_uses_the_copy_under_share(monkeypatch, tmp_path):
    site = tmp_path / "prefix" / "lib" / "site-packages" / "nnstudio" / "data"
    site.mkdir(parents=True)
    monkeypatch.setattr(paths, "__file__", str(site / "paths.py"))   # no resources/ beside the package
    installed = tmp_path / "prefix" / "share" / "nnstudio" / "resources"
    (installed / "models").mkdir(parents=True)
    monkeypatch.setattr(paths.sysconfig, "get_path", lambda name, scheme=None: str(tmp_path / "prefix"))
    assert paths.resources_dir() == installed


@pytest.mark.skipif(sys.version_info < (3, 11), reason="tomllib is new in Python 3.11")
def test_the_wheel_carries_every_shipped_model():
    import tomllib
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["data-files"]["share/nnstudio/resources/models"]
    carried = {p for pattern in patterns for p in ROOT.glob(pattern)}
    shipped = {p for p in (ROOT / "resources" / "models").iterdir() if p.is_file()}
    assert shipped == carried
