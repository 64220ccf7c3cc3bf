"""docs/developers.md tells the truth: its test command is the README's, its package tree names every module of
the Qt-free packages, the benchmarks and the top-level tests, and the tools and names it points at exist."""
import re
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "developers.md"


def tree_entries() -> dict[str, str]:
    """{"engine/": the text of its entry, ...} from the doc's package tree (an entry runs until the next one)."""
    tree = next(block for block in re.findall(r"```\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)
                if block.startswith("nnstudio/"))
    entries, name = {}, None
    for line in tree.splitlines():
        head = re.match(r"^(\S+|  \S+)\s", line)
        if head:
            name = head.group(1).strip()
        entries[name] = entries.get(name, "") + " " + line
    return entries


def modules(folder: Path, suffix: str = ".py") -> list[str]:
    return sorted(p.name.removesuffix(suffix) for p in folder.glob(f"*{suffix}") if p.name != "__init__.py")


@pytest.mark.parametrize("entry, folder", [
    ("cli.py", "nnstudio"), ("engine/", "nnstudio/engine"), ("data/", "nnstudio/data"),
    ("session/", "nnstudio/session"), ("lessons/", "nnstudio/lessons"), ("export/", "nnstudio/export"),
    ("tools/", "nnstudio/tools"), ("benchmarks/", "benchmarks"), ("tests/", "tests"),
])
def test_the_package_tree_names_every_module(entry, folder):
    """session/threads, benchmarks/steal and the tests of the docs were missing."""
    text = tree_entries()[entry]
    names = modules(ROOT / folder)
    if folder == "tests":
        names = [n for n in names if n.startswith("test_")]
        names += [p.name for p in (ROOT / "tests").iterdir() if p.is_dir() and (p / "__init__.py").exists()]
    if folder == "nnstudio":
        names.remove("__main__")
    missing = [n for n in names if not re.search(rf"(?<![\w/]){re.escape(n)}\b", text, re.I)]
    assert not missing, f"{entry} does not name {missing}"


def test_the_test_command_and_the_tools_the_doc_names_exist():
    doc = DOC.read_text(encoding="utf-8")
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    command = "python3 -m venv .venv && .venv/bin/pip install -e '.[test]' && .venv/bin/python -m pytest"
    assert command in doc and command in readme
    assert not re.search(r"[\d,]+ tests took", doc), "the count and time are the README's (they went stale here)"
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert any(m.startswith("slow:") for m in project["tool"]["pytest"]["ini_options"]["markers"])
    assert "PySide6 is pinned below 6.12" in doc
    assert any(re.fullmatch(r"PySide6(-Essentials)?>=[\d.]+,<6\.12", d) for d in project["project"]["dependencies"])
    assert (ROOT / ".ci" / "run").is_file() and "`.ci/run`" in doc
    capture = (ROOT / "resources" / "screenshots" / "capture.py").read_text(encoding="utf-8")
    for variable in ("NNSTUDIO_SHOT_SCREEN", "NNSTUDIO_SHOT_DIR"):
        assert variable in doc and variable in capture
    assert "`nnstudio.app.collect_garbage_in_gui_thread`" in doc
    app = (ROOT / "nnstudio" / "app" / "__init__.py").read_text(encoding="utf-8")
    assert "def collect_garbage_in_gui_thread(" in app
    assert (ROOT / "nnstudio" / "app" / "training" / "dispatcher.py").is_file()
    assert '"--check"' in (ROOT / "nnstudio" / "tools" / "translations.py").read_text(encoding="utf-8")


def test_the_plural_call_the_doc_shows_gives_the_count():
    """`translate("cli", QT_TRANSLATE_NOOP("cli", "%n step(s)", None, 1), steps)` as the doc writes it."""
    from nnstudio.cli_language import translate, use_language
    from nnstudio.i18n import QT_TRANSLATE_NOOP
    assert 'translate("cli", QT_TRANSLATE_NOOP("cli", "%n step(s)", None, 1), steps)' in DOC.read_text(encoding="utf-8")
    use_language("en")
    assert [translate("cli", QT_TRANSLATE_NOOP("cli", "%n step(s)", None, 1), steps) for steps in (1, 2)] == [
        "1 step", "2 steps"]
