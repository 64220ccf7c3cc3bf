"""A trained network's inference graph as an ONNX file (opset 17), which onnxruntime runs and Netron draws.

    export_onnx("mnist_mlp.npz", "mnist_mlp.onnx")

The graph takes ``x`` (batch, inputs) and gives ``y`` (batch, outputs), the values of ``model.predict``: each
Dense layer is a Gemm (x W + b, W in our (inputs, units) layout) followed by its activation; Dropout appears
as an inference-mode Dropout node (the identity), so the architecture reads as designed. The output
activation is part of the graph (softmax probabilities); the loss is not. Weights are stored in float32, the
type every ONNX runtime supports for these operators.

Written with the ``onnx`` package, an optional extra: ``pip install 'nnstudio[export]'``.
"""
from __future__ import annotations

from pathlib import Path

import numpy as np

import nnstudio
from nnstudio.engine.layers import Dense, Dropout
from nnstudio.export.pytorch import _check_folder, _write_atomic
from nnstudio.export.source import ExportError, load_source
from nnstudio.i18n import QT_TRANSLATE_NOOP

OPSET = 17
# IR version 8 goes with opset 17 (onnx 1.12+): older runtimes that know opset 17 can open the file too
IR_VERSION = 8
ONNX_ACTIVATIONS = {"sigmoid": "Sigmoid", "tanh": "Tanh", "relu": "Relu", "leaky_relu": "LeakyRelu",
                    "softmax": "Softmax"}


def export_onnx(source, path) -> Path:
    """Write ``source``'s inference network to ``path`` (an .onnx file); returns the path.

    ``source``: a Sequential, a Project, or the path of a model file (.npz) or project file (.nnsproj).
    Raises ExportError (a ValueError) saying what to do, e.g. when the onnx package is missing.
    """
    path = Path(path)
    if path.suffix != ".onnx":      # (and so never the model or project file it exports)
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "An ONNX model needs a file name ending in .onnx (got "
                                                      "{name})."), name=path.name)
    _check_folder(path)
    model = onnx_model(load_source(source).model)
    _write_atomic(path, model.SerializeToString())
    return path


def onnx_model(model):
    """The ``onnx.ModelProto`` of a built Sequential's inference network (checked with onnx.checker)."""
    try:
        import onnx
        from onnx import TensorProto, helper, numpy_helper
    except ImportError:
        raise ExportError(QT_TRANSLATE_NOOP("Errors", "Saving an ONNX model needs the onnx package: install it "
                                                      "with pip install 'nnstudio[export]' (or pip install "
                                                      "onnx).")) from None
    nodes, weights = [], []
    current = "x"
    dense = model.dense_layers
    j = 0
    for i, layer in enumerate(model.layers):
        if isinstance(layer, Dense):
            j += 1
            name = f"dense_{j}"
            weights += [numpy_helper.from_array(np.asarray(layer.W, np.float32), f"{name}.W"),
                        numpy_helper.from_array(np.asarray(layer.b, np.float32), f"{name}.b")]
            z = f"{name}.z"
            nodes.append(helper.make_node("Gemm", [current, f"{name}.W", f"{name}.b"], [z], name=name,
                                          doc_string=f"z = x W + b: {layer.input_dim} -> {layer.units}"))
            current = z
            op = ONNX_ACTIVATIONS.get(layer.activation)
            if op is not None:
                a = f"{name}.a"
                attributes = {"axis": 1} if op == "Softmax" else {}
                if op == "LeakyRelu":
                    attributes["alpha"] = layer.activation_fn.alpha
                nodes.append(helper.make_node(op, [current], [a], name=f"{name}.{layer.activation}", **attributes))
                current = a
        elif isinstance(layer, Dropout):
            ratio = f"dropout_{i + 1}.ratio"
            weights.append(numpy_helper.from_array(np.array(layer.rate, np.float32), ratio))
            out = f"dropout_{i + 1}.out"
            nodes.append(helper.make_node("Dropout", [current, ratio], [out], name=f"dropout_{i + 1}",
                                          doc_string="inference: the identity (active only in training)"))
            current = out
    # the last node writes the graph's output
    nodes[-1].output[0] = "y"
    sizes = "-".join(str(s) for s in [model.input_dim] + [layer.units for layer in dense])
    graph = helper.make_graph(
        nodes, model.name or "nnstudio_network",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, ["batch", model.input_dim])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, ["batch", model.output_dim])],
        initializer=weights,
        doc_string=f"{sizes} network trained in NN Studio; y equals the model's predict(x).")
    proto = helper.make_model(graph, opset_imports=[helper.make_opsetid("", OPSET)],
                              producer_name="nnstudio", producer_version=nnstudio.__version__,
                              doc_string="Exported from NN Studio: the inference network (output activation "
                                         "included, loss not).")
    proto.ir_version = IR_VERSION
    helper.set_model_props(proto, {"loss": str(model.loss_name), "dtype_trained": str(model.dtype)})
    onnx.checker.check_model(proto, full_check=True)
    return proto
