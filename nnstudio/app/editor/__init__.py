"""The network editor panel: draw and edit a NetworkSpec, show live weights (issue 3)."""
from nnstudio.app.editor.editor import LECTURE_XOR_WEIGHTS, NetworkEditor

__all__ = ["NetworkEditor", "LECTURE_XOR_WEIGHTS"]
