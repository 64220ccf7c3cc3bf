"""The ONNX export: onnxruntime runs the file to the model's predictions; the graph is what a reader expects."""
from __future__ import annotations

import sys

import numpy as np
import pytest

from nnstudio.engine import load_model
from nnstudio.export import ExportError, export_onnx

from tests.export.helpers import PAD_MODEL, inputs, network

onnx = pytest.importorskip("onnx")

CASES = {
    "every hidden activation, softmax": lambda: network(("sigmoid", "tanh", "relu", "leaky_relu", "linear")),
    "sigmoid outputs": lambda: network(("relu",), "sigmoid", outputs=2, loss="binary_crossentropy"),
    "linear output": lambda: network(("tanh",), "linear", outputs=2, loss="mse"),
    "tanh output": lambda: network(("sigmoid",), "tanh", outputs=2, loss="mse"),
    "relu output": lambda: network(("tanh",), "relu", outputs=2, loss="mse"),
    "leaky_relu output": lambda: network(("tanh",), "leaky_relu", outputs=2, loss="quadratic"),
    "dropout": lambda: network(("relu", "relu"), dropout=(0.5, 0.2), input_dropout=0.1),
    "float64": lambda: network(("tanh", "relu"), dtype="float64"),
    "no hidden layer": lambda: network((), "sigmoid", outputs=1, loss="binary_crossentropy"),
    "pad model": lambda: load_model(PAD_MODEL),
}


@pytest.mark.parametrize("case", CASES)
def test_onnxruntime_predicts_what_the_model_predicts(case, tmp_path):
    ort = pytest.importorskip("onnxruntime")
    model = CASES[case]()
    path = export_onnx(model, tmp_path / "net.onnx")
    session = ort.InferenceSession(str(path), providers=["CPUExecutionProvider"])
    x = inputs(model) if case != "pad model" else np.random.default_rng(0).uniform(size=(64, 784)).astype("f4")
    (y,) = session.run(["y"], {"x": x})
    assert y.shape == (64, model.output_dim)
    np.testing.assert_allclose(y, model.predict(x), rtol=0, atol=1e-5)
    (one,) = session.run(["y"], {"x": x[:1]})  # any batch size
    np.testing.assert_allclose(one, y[:1], rtol=0, atol=1e-6)


def test_the_graph_reads_as_designed(tmp_path):
    path = export_onnx(PAD_MODEL, tmp_path / "pad.onnx")
    proto = onnx.load(str(path))
    onnx.checker.check_model(proto, full_check=True)
    assert proto.opset_import[0].version >= 17
    assert [node.op_type for node in proto.graph.node] == ["Gemm", "Relu", "Dropout", "Gemm", "Relu", "Dropout",
                                                           "Gemm", "Softmax"]
    (x,), (y,) = proto.graph.input, proto.graph.output
    dims = lambda v: [d.dim_param or d.dim_value for d in v.type.tensor_type.shape.dim]  # noqa: E731
    assert (x.name, dims(x), y.name, dims(y)) == ("x", ["batch", 784], "y", ["batch", 10])
    weights = {t.name: onnx.numpy_helper.to_array(t) for t in proto.graph.initializer}
    np.testing.assert_array_equal(weights["dense_1.W"], load_model(PAD_MODEL).dense_layers[0].W)
    assert proto.producer_name == "nnstudio"


def test_a_project_file_exports_too(tmp_path):
    ort = pytest.importorskip("onnxruntime")
    from nnstudio.engine.spec import LayerSpec, NetworkSpec
    from nnstudio.session.project import Project, save_project

    spec = NetworkSpec(3, (LayerSpec(4, "tanh"),), LayerSpec(2, "softmax"), "multiclass")
    model = spec.build(seed=2)
    path = save_project(tmp_path / "p.nnsproj", Project(spec=spec, training={"optimizer": "adam", "lr": 0.01},
                                                        weights=model.get_weights()))
    session = ort.InferenceSession(str(export_onnx(path, tmp_path / "p.onnx")), providers=["CPUExecutionProvider"])
    x = inputs(model)
    np.testing.assert_allclose(session.run(["y"], {"x": x})[0], model.predict(x), rtol=0, atol=1e-5)


def test_without_the_onnx_package_the_error_says_how_to_get_it(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "onnx", None)  # as if onnx were not installed
    with pytest.raises(ExportError, match=r"pip install 'nnstudio\[export\]'"):
        export_onnx(network(("relu",)), tmp_path / "net.onnx")
    assert not (tmp_path / "net.onnx").exists()


def test_an_onnx_file_needs_its_suffix_and_never_overwrites_its_source(tmp_path):
    """nnstudio export model.npz --format onnx --out model.npz wrote the ONNX file over the trained model (and
    --out net.py an ONNX file named as a script)."""
    model = network(("relu",))
    source = tmp_path / "model.npz"
    model.save(source)
    saved = source.read_bytes()
    for out in (source, tmp_path / "net.py"):
        with pytest.raises(ExportError, match=r"An ONNX model needs a file name ending in \.onnx \(got "
                                              + out.name.replace(".", r"\.") + r"\)\."):
            export_onnx(source, out)
    assert source.read_bytes() == saved and sorted(p.name for p in tmp_path.iterdir()) == ["model.npz"]
