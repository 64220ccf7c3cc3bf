"""The network editor: a session's network drawn as columns of neurons (scene), the selected layer's controls
(strip), and the edits that go onto the room's undo stack (editor)."""
from nnstudio.app.editor.editor import NetworkEditor

__all__ = ["NetworkEditor"]
