"""The layering STYLE.md asks for, checked by a tool: engine, data, session and export import no Qt and no app
code."""
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_import_contracts_hold():
    exe = shutil.which("lint-imports", path=str(Path(sys.executable).parent))
    # not a skip: CI installs the test extra, and a missing checker must not pass as a kept contract
    assert exe is not None, "import-linter is not installed: pip install -e '.[test]'"
    result = subprocess.run([exe, "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_engine_imports_without_qt():
    code = ("import sys, nnstudio.engine, nnstudio.data, nnstudio.session.project, nnstudio.export; "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph'))]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True, cwd=ROOT)
