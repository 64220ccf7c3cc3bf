"""Export a trained network to the tools a learner grows into: a PyTorch script and an ONNX file. No Qt.

    from nnstudio.export import export_onnx, export_pytorch
    export_pytorch(model_or_project_or_path, "net.py", language="ko")   # -> [net.py, net_weights.npz, ...]
    export_onnx(model_or_project_or_path, "net.onnx")                    # needs the optional extra "export"

Both take a compiled Sequential, a Project, or the path of a model file (.npz) or project file (.nnsproj), and
raise :class:`ExportError` (a translatable ValueError) whose message says what to do.
"""
from nnstudio.export.onnx import export_onnx, onnx_model
from nnstudio.export.pytorch import LANGUAGES, export_pytorch, pytorch_script
from nnstudio.export.source import ExportError, ExportSource, load_source

__all__ = ["LANGUAGES", "ExportError", "ExportSource", "export_onnx", "export_pytorch", "load_source",
           "onnx_model", "pytorch_script"]
