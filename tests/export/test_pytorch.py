"""The PyTorch export: the exported module predicts what the model predicts, and the exported training set-up
takes the same steps as our engine (the proof that it is the same network, loss and optimizer)."""
from __future__ import annotations

import itertools
import os
import re
import subprocess
import sys

import numpy as np
import pytest

from nnstudio.data import load_dataset
from nnstudio.engine import INITIALIZERS, Dense, Sequential, load_model
from nnstudio.engine.batches import BatchStream
from nnstudio.engine.spec import LayerSpec, NetworkSpec
from nnstudio.export import ExportError, export_pytorch, pytorch_script, load_source
from nnstudio.export.script_texts import TEXTS
from nnstudio.session.project import Project, save_project

from tests.export.helpers import PAD_MODEL, inputs, load_script, network

torch = pytest.importorskip("torch")

PREDICT_CASES = {
    "every hidden activation, softmax": lambda: network(("sigmoid", "tanh", "relu", "leaky_relu", "linear")),
    "sigmoid outputs": lambda: network(("relu",), "sigmoid", outputs=2, loss="binary_crossentropy"),
    "linear output": lambda: network(("tanh",), "linear", outputs=2, loss="mse"),
    "tanh output": lambda: network(("sigmoid",), "tanh", outputs=2, loss="mse"),
    "relu output": lambda: network(("tanh",), "relu", outputs=2, loss="mse"),
    "leaky_relu output": lambda: network(("tanh",), "leaky_relu", outputs=2, loss="quadratic"),
    "dropout": lambda: network(("relu", "relu"), dropout=(0.5, 0.2), input_dropout=0.1),
    "float64": lambda: network(("tanh", "relu"), dtype="float64"),
    "no hidden layer": lambda: network((), "sigmoid", outputs=1, loss="binary_crossentropy"),
    "wide (weights in an .npz)": lambda: network(("relu",), inputs=80),
    "pad model": lambda: load_model(PAD_MODEL),
}


@pytest.mark.parametrize("case", PREDICT_CASES)
def test_build_model_predicts_what_the_model_predicts(case, tmp_path):
    model = PREDICT_CASES[case]()
    written = export_pytorch(model, tmp_path / "net.py")
    script = load_script(written[0])
    torch_model = script.build_model()
    x = inputs(model) if case != "pad model" else np.random.default_rng(0).uniform(size=(64, 784)).astype("f4")
    with torch.no_grad():
        ours = torch_model(torch.from_numpy(x).to(script.DTYPE)).numpy()
    assert not torch_model.training  # dropout off, as in predict
    np.testing.assert_allclose(ours, model.predict(x), rtol=0, atol=1e-5)
    # the weights arrive exactly, written into the script or read from the .npz beside it
    for (name, value), ref in zip(script.trained_weights().items(), model.get_weights()):
        np.testing.assert_array_equal(value.numpy(), ref.T if name.endswith("weight") else ref)
    assert (len(written) == 1) == (model.count_params() <= 300)


def test_the_pad_model_file_exports_as_the_shipped_network(tmp_path):
    written = export_pytorch(PAD_MODEL, tmp_path / "pad.py", dataset="mnist", batch_size=128)
    assert [p.name for p in written] == ["pad.py", "pad_weights.npz"]
    text = written[0].read_text(encoding="utf-8")
    assert "nn.Dropout(p=0.2)" in text and "nn.Softmax(dim=1)" in text and "BATCH_SIZE = 128" in text
    with np.load(written[1], allow_pickle=False) as arrays:
        assert sorted(arrays.files) == ["0.bias", "0.weight", "3.bias", "3.weight", "6.bias", "6.weight"]
        assert arrays["0.weight"].shape == (512, 784)


# -- the training set-up: the same losses, step by step ------------------------------------------------------
def _targets(kind, n, rng):
    return {"multiclass": lambda: rng.integers(0, 3, n),
            "binary": lambda: rng.integers(0, 2, (n, 1)).astype(np.float32),
            "regression": lambda: rng.normal(size=(n, 2)).astype(np.float32),
            "multilabel": lambda: rng.integers(0, 2, (n, 3)).astype(np.float32)}[kind]()


TRAINING_CASES = {
    "softmax + cross-entropy, Adam (AMSGrad, weight decay), L1 and L2": dict(
        hidden=("leaky_relu", "tanh"), output="softmax", outputs=3, loss="categorical_crossentropy",
        optimizer={"name": "adam", "lr": 0.01, "amsgrad": True, "weight_decay": 1e-3}, l1=1e-3, l2=1e-2,
        data="multiclass"),
    "softmax + sparse cross-entropy, plain SGD": dict(
        hidden=("relu",), output="softmax", outputs=3, loss="sparse_categorical_crossentropy",
        optimizer={"name": "sgd", "lr": 0.3}, data="multiclass"),
    "sigmoid + binary cross-entropy, SGD with Nesterov momentum": dict(
        hidden=("sigmoid", "sigmoid"), output="sigmoid", outputs=1, loss="binary_crossentropy",
        optimizer={"name": "sgd", "lr": 0.5, "momentum": 0.9, "nesterov": True, "weight_decay": 1e-3},
        data="binary"),
    "softmax + Nielsen's quadratic cost, centered RMSprop with momentum": dict(
        hidden=("tanh", "relu"), output="softmax", outputs=3, loss="quadratic",
        optimizer={"name": "rmsprop", "lr": 0.01, "centered": True, "momentum": 0.5}, l2=1e-3, data="multiclass"),
    "linear + mse, Adagrad": dict(
        hidden=("relu",), output="linear", outputs=2, loss="mse",
        optimizer={"name": "adagrad", "lr": 0.1, "lr_decay": 0.01, "weight_decay": 1e-3,
                   "initial_accumulator_value": 0.1}, data="regression"),
    "multi-label sigmoid + binary cross-entropy, AdamW": dict(
        hidden=("tanh",), output="sigmoid", outputs=3, loss="binary_crossentropy",
        optimizer={"name": "adamw", "lr": 0.05, "weight_decay": 0.1}, l1=1e-2, data="multilabel"),
    "sigmoid + cross-entropy (not fused: clipped)": dict(
        hidden=("relu",), output="sigmoid", outputs=3, loss="categorical_crossentropy",
        optimizer={"name": "sgd", "lr": 0.5}, data="multiclass"),
    "sigmoid + sparse cross-entropy (not fused)": dict(
        hidden=("tanh",), output="sigmoid", outputs=3, loss="sparse_categorical_crossentropy",
        optimizer={"name": "adam", "lr": 0.05}, data="multiclass"),
    "tanh + binary cross-entropy (not fused: clipped)": dict(
        hidden=("relu",), output="tanh", outputs=1, loss="binary_crossentropy",
        optimizer={"name": "sgd", "lr": 0.5}, data="binary"),
}


@pytest.mark.parametrize("case", TRAINING_CASES)
def test_ten_training_steps_match_the_engine(case, tmp_path):
    settings = dict(TRAINING_CASES[case])
    kind = settings.pop("data")
    model = network(dtype="float64", seed=4, **settings)
    rng = np.random.default_rng(1)
    x = rng.normal(size=(40, 4)).astype(np.float32)
    y = _targets(kind, 40, rng)
    # exported before training: the script's trained weights are the engine's initial weights
    script = load_script(export_pytorch(model, tmp_path / "net.py")[0])
    assert script.DTYPE == torch.float64
    torch_model = script.build_model()
    optimizer = script.make_optimizer(torch_model)
    xt, yt = torch.from_numpy(x).to(script.DTYPE), script.targets(torch.from_numpy(y))

    xp, yp = model.prepare(x, y)
    ours, theirs = [], []
    for _, _, idx in itertools.islice(BatchStream(40, 8, seed=3), 10):  # two epochs, the same batches for both
        idx = idx.copy()  # (the stream's orders are read-only, which torch warns about)
        ours.append(model.train_step(xp[idx], yp[idx]))
        theirs.append(script.train_step(torch_model, optimizer, xt[idx], yt[idx]))
    np.testing.assert_allclose(theirs, ours, rtol=1e-8)
    assert len(set(np.round(ours, 6))) > 1  # the loss did change: ten real steps
    state = torch_model.state_dict()
    for i, layer in zip((k for k, m in enumerate(torch_model) if isinstance(m, torch.nn.Linear)),
                        model.dense_layers):
        np.testing.assert_allclose(state[f"{i}.weight"].numpy(), layer.W.T, rtol=1e-8, atol=1e-12)
        np.testing.assert_allclose(state[f"{i}.bias"].numpy(), layer.b, rtol=1e-8, atol=1e-12)


def test_evaluate_gives_the_engine_loss_and_accuracy(tmp_path):
    ds = load_dataset("three_blobs", seed=2)
    model = NetworkSpec(2, (LayerSpec(6, "tanh", l2=1e-3),), LayerSpec(3, "softmax"), "multiclass").build(
        seed=1, optimizer={"name": "adam", "lr": 0.05})
    model.fit(ds.x_train, ds.y_train, epochs=3, batch_size=16, verbose=0)
    script = load_script(export_pytorch(model, tmp_path / "blobs.py", dataset=ds)[0])
    _, _, x_test, y_test = script.load_data()
    loss, accuracy = script.evaluate(script.build_model(), x_test, script.targets(y_test))
    ours = model.evaluate(ds.x_test, ds.y_test)
    assert loss == pytest.approx(ours[0], rel=1e-5)
    assert accuracy == pytest.approx(ours[1])


# -- initializers ----------------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(INITIALIZERS))
def test_fresh_weights_come_from_our_initializers(name, tmp_path):
    model = Sequential([Dense(200, input_dim=300, kernel_initializer=name, bias_initializer=name)], seed=0)
    model.compile(optimizer="sgd", loss="mse")
    script = load_script(export_pytorch(model, tmp_path / "init.py")[0])
    torch.manual_seed(0)
    fresh = script.build_model(trained=False)
    rng = np.random.default_rng(5)
    for theirs, shape, tolerance in ((fresh[0].weight.detach().numpy().T, (300, 200), 0.03),
                                     (fresh[0].bias.detach().numpy(), (200,), 0.25)):
        ours = INITIALIZERS[name]()(shape, rng, np.float32)
        if ours.std() == 0:
            np.testing.assert_array_equal(theirs, ours)
            continue
        assert theirs.std() == pytest.approx(ours.std(), rel=tolerance)
        assert abs(theirs.mean() - ours.mean()) < 4 * ours.std() / np.sqrt(ours.size)
        # the shape of the distribution: uniform draws stop at sqrt(3) standard deviations, normal ones do not
        assert np.abs(theirs).max() / theirs.std() == pytest.approx(np.abs(ours).max() / ours.std(),
                                                                    rel=tolerance * 5)


# -- what the script says, and runs -------------------------------------------------------------------------
def test_both_languages_have_every_text():
    assert set(TEXTS["en"]) == set(TEXTS["ko"])
    for key in TEXTS["en"]:
        fields = lambda text: sorted(re.findall(r"{[^{}]*}", text))  # noqa: E731
        assert fields(TEXTS["en"][key]) == fields(TEXTS["ko"][key]), key


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_script_reads_well_in_both_languages(language):
    model = network(("relu",), inputs=784, outputs=10, dropout=(0.3,), l2=1e-3)
    text, files = pytorch_script(load_source(model, dataset="mnist"), language, "net")
    assert list(files) == ["net_weights.npz"]
    hangul = re.search(r"[\uac00-\ud7a3]", text) is not None
    assert hangul == (language == "ko")
    for line in text.splitlines():  # Hangul takes two columns in an editor
        assert sum(2 if "\uac00" <= c <= "\ud7a3" else 1 for c in line) <= 110, line
    compile(text, "net.py", "exec")
    for fact in ("nn.Dropout(p=0.3)", "F.cross_entropy(logits, y)", "logits = model[:-1](x)",
                 "0.001 * model[0].weight.pow(2).sum()", "torch.optim.Adam(", 'struct.unpack(">II"',
                 'np.load(HERE / "net_weights.npz", allow_pickle=False)'):
        assert fact in text



def test_the_korean_script_uses_the_apps_words():
    """The studio and `nnstudio --lang ko train` say 에폭 and 학습 데이터; the exported script said 에포크 and
    훈련 데이터, as if about other things."""
    model = network(("relu",), inputs=2, outputs=1, output="sigmoid", loss="binary_crossentropy")
    text, _ = pytorch_script(load_source(model, dataset="xor"), "ko", "net")
    assert "에폭 수:" in text and "에폭마다" in text and "에폭 {epoch + 1}/{args.epochs}" in text
    assert "학습 데이터와 테스트 데이터" in text
    assert "에포크" not in text and "훈련 데이터" not in text

def _exported_for(dataset, tmp_path):
    ds = load_dataset(dataset, seed=0)
    binary = ds.problem == "binary"
    model = network(("tanh",), "sigmoid" if binary else "softmax", outputs=ds.output_dim, inputs=ds.input_dim,
                    loss="binary_crossentropy" if binary else "categorical_crossentropy",
                    optimizer={"name": "sgd", "lr": 0.5})
    return export_pytorch(model, tmp_path / "net.py", dataset=ds, batch_size=4)


@pytest.mark.parametrize("dataset, data_file", [("xor", False), ("three_blobs", True)])
def test_the_script_continues_training_and_saves(dataset, data_file, tmp_path, monkeypatch, capsys):
    written = _exported_for(dataset, tmp_path)
    assert (tmp_path / "net_data.npz" in written) == data_file
    script = load_script(written[0])
    monkeypatch.setattr(sys, "argv", ["net.py", "--epochs", "3", "--save", str(tmp_path / "w.pt")])
    script.main()
    lines = capsys.readouterr().out.splitlines()
    assert [line.split()[:2] for line in lines[:3]] == [["epoch", "1/3"], ["epoch", "2/3"], ["epoch", "3/3"]]
    assert lines[3].startswith("test loss") and "accuracy" in lines[3]
    assert lines[4] == f"saved the weights to {tmp_path / 'w.pt'}"
    continued = script.build_model(trained=False)
    continued.load_state_dict(torch.load(tmp_path / "w.pt"))
    assert not torch.equal(continued[0].weight, script.build_model()[0].weight)  # it did train on


def test_the_script_runs_on_its_own(tmp_path):
    written = _exported_for("xor", tmp_path)
    proc = subprocess.run([sys.executable, str(written[0]), "--epochs", "1"], capture_output=True, text=True,
                          timeout=120, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("epoch 1/1  loss ") and (tmp_path / "net_continued.pt").is_file()


def test_a_script_without_data_says_what_to_do(tmp_path):
    script = load_script(export_pytorch(network(("relu",)), tmp_path / "net.py")[0])
    with pytest.raises(SystemExit, match="--dataset NAME"):
        script.load_data()


def test_mnist_is_read_as_nnstudio_reads_it(tmp_path):
    from nnstudio.data.mnist import find_data_dir, is_available, load_mnist

    if not is_available("mnist"):
        pytest.skip("MNIST is not on this machine")
    script = load_script(export_pytorch(PAD_MODEL, tmp_path / "pad.py", dataset="mnist")[0])
    ds = load_mnist("mnist")
    x_train, y_train, x_test, y_test = script.load_data(find_data_dir("mnist").parent)
    for theirs, ours in ((x_train, ds.x_train), (y_train, ds.y_train), (x_test, ds.x_test), (y_test, ds.y_test)):
        np.testing.assert_array_equal(theirs.numpy(), ours)
    loss, accuracy = script.evaluate(script.build_model(), x_test, script.targets(y_test))
    model = load_model(PAD_MODEL)
    ours_loss, ours_accuracy = model.evaluate(ds.x_test, ds.y_test)
    assert loss == pytest.approx(ours_loss, rel=1e-4)
    assert accuracy == pytest.approx(ours_accuracy, abs=2e-4)  # a tie or two may round the other way


# -- sources: projects and files ------------------------------------------------------------------------------
def test_a_project_exports_its_optimizer_batch_size_seed_and_points(tmp_path):
    spec = NetworkSpec(2, (LayerSpec(6, "relu", l1=1e-4), LayerSpec(4, "tanh", dropout=0.2)),
                       LayerSpec(1, "sigmoid"), "binary")
    ds = load_dataset("circle", seed=3)
    trained = spec.build(seed=3, optimizer="adam")
    trained.fit(ds.x_train, ds.y_train, epochs=2, batch_size=16, verbose=0)
    project = Project(spec=spec, training={"optimizer": "sgd", "lr": 0.5, "batch_size": 16, "seed": 3,
                                           "options": {"momentum": 0.9, "nesterov": True}},
                      dataset_choice={"key": "circle", "n": 200, "noise": 0.1}, dataset=ds,
                      weights=trained.get_weights())
    path = save_project(tmp_path / "circle.nnsproj", project)
    written = export_pytorch(path, tmp_path / "circle.py", language="ko")
    assert [p.name for p in written] == ["circle.py", "circle_data.npz"]
    text = written[0].read_text(encoding="utf-8")
    assert "BATCH_SIZE = 16" in text and "SEED = 3" in text and "데이터: circle" in text
    assert "torch.optim.SGD(model.parameters(), lr=0.5, momentum=0.9, dampening=0.0, nesterov=True" in text
    assert "0.0001 * model[0].weight.abs().sum()" in text
    with np.load(written[1], allow_pickle=False) as arrays:
        for key in ("x_train", "y_train", "x_test", "y_test"):
            np.testing.assert_array_equal(arrays[key], getattr(ds, key))
    script = load_script(written[0])
    x = torch.from_numpy(ds.x_test)
    with torch.no_grad():
        np.testing.assert_allclose(script.build_model()(x).numpy(), trained.predict(ds.x_test), atol=1e-5)


def test_a_model_file_asks_for_its_data(tmp_path):
    path = tmp_path / "m.npz"
    network(("relu",)).save(path)
    text = export_pytorch(path, tmp_path / "m.py")[0].read_text(encoding="utf-8")
    assert "export again with --dataset NAME" in text and "BATCH_SIZE = 32" in text
    assert "a model file does not store it" in text


# -- mistakes ------------------------------------------------------------------------------------------------
def test_mistakes_say_what_to_do_and_write_nothing(tmp_path):
    model = network(("relu",))
    with pytest.raises(ExportError, match="choose one of en, ko"):
        export_pytorch(model, tmp_path / "a.py", language="fr")
    with pytest.raises(ExportError, match="ending in .py"):
        export_pytorch(model, tmp_path / "a.txt")
    with pytest.raises(ExportError, match="does not exist"):
        export_pytorch(model, tmp_path / "missing" / "a.py")
    with pytest.raises(ExportError, match="Unknown data set 'nope'"):
        export_pytorch(model, tmp_path / "a.py", dataset="nope")
    with pytest.raises(ExportError, match=r"circle \(2\) is not the network's input size \(4\)"):
        export_pytorch(model, tmp_path / "a.py", dataset="circle")
    with pytest.raises(ExportError, match=r"fashion \(784\) is not the network's input size \(4\)"):
        export_pytorch(model, tmp_path / "a.py", dataset="fashion")
    # a CSV file is named as the learner gave it ("the data set csv:/tmp/.../points.csv (2)" named an inner key)
    table = tmp_path / "points.csv"
    table.write_text("x,label\n" + "\n".join(f"{k},{k % 2}" for k in range(20)) + "\n")
    with pytest.raises(ExportError) as caught:
        export_pytorch(model, tmp_path / "a.py", dataset=str(table))
    table.unlink()
    assert str(caught.value).startswith(f"The number of features of the data set {table} (1) is "
                                        "not the network's input size (4)")
    uncompiled = Sequential([Dense(2, input_dim=2)])
    with pytest.raises(ExportError, match="compile it first"):
        export_pytorch(uncompiled, tmp_path / "a.py")
    diverged = network(("relu",))
    diverged.dense_layers[0].W[0, 0] = np.nan
    with pytest.raises(ExportError, match="training diverged"):
        export_pytorch(diverged, tmp_path / "a.py")
    # the weights file beside the script must not replace the model file it exports
    source = tmp_path / "b_weights.npz"
    network(("relu",), inputs=80).save(source)
    before = source.read_bytes()
    with pytest.raises(ExportError, match="would overwrite b_weights.npz"):
        export_pytorch(source, tmp_path / "b.py")
    assert source.read_bytes() == before
    assert sorted(os.listdir(tmp_path)) == ["b_weights.npz"]


@pytest.mark.parametrize("form", ["pytorch", "onnx"])
def test_a_folder_without_write_permission_is_named_with_the_file(tmp_path, monkeypatch, form):
    """Exporting into a folder one may not write to said only "permission denied" (File menu and CLI alike):
    the message names the file it could not write, and nothing is left behind."""
    import errno
    import tempfile

    if form == "onnx":
        pytest.importorskip("onnx")
    from nnstudio.export import export_onnx

    def refused(*args, dir=None, **kwargs):
        raise PermissionError(errno.EACCES, "Permission denied", dir)

    monkeypatch.setattr(tempfile, "mkstemp", refused)
    export = export_pytorch if form == "pytorch" else export_onnx
    with pytest.raises(ExportError, match=r"^Cannot write net\.(py|onnx|_weights\.npz): permission denied\.$"):
        export(network(("relu",)), tmp_path / f"net.{'py' if form == 'pytorch' else 'onnx'}")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.skipif(not hasattr(os, "symlink") or os.name == "nt", reason="POSIX links and modes")
def test_exporting_again_saves_as_every_save_does(tmp_path):
    """The export wrote its files with a plain temporary file and os.replace: exporting again over a script that
    is a symbolic link replaced the link with a file, and a script made read-only for others came back 0644.
    It now saves as models and projects are saved (write_file_atomically): through the link, keeping the mode."""
    real = tmp_path / "scripts" / "net.py"
    real.parent.mkdir()
    export_pytorch(network(("relu",)), real)
    os.chmod(real, 0o600)
    link = tmp_path / "net.py"
    link.symlink_to(real)
    export_pytorch(network(("relu",)), link)
    assert link.is_symlink() and link.resolve() == real.resolve()
    assert os.stat(real).st_mode & 0o777 == 0o600
    assert "import torch" in real.read_text(encoding="utf-8")
    fifo = tmp_path / "pipe.py"
    os.mkfifo(fifo)
    with pytest.raises(ExportError, match=r"^Cannot save to .*pipe\.py: "):
        export_pytorch(network(("relu",)), fifo)


def test_a_project_keeps_its_own_data(tmp_path):
    """nnstudio export project.nnsproj --dataset spiral wrote a script over the spiral's points that said they
    were "exactly the points NN Studio trained on" (the project's XOR): --dataset is for model files only."""
    from nnstudio.session.project import load_project, save_project
    from nnstudio.session.session import TrainingSession

    path = save_project(tmp_path / "xor.nnsproj", TrainingSession().to_project())
    for source in (path, load_project(path)):
        with pytest.raises(ExportError, match=r"A project holds the data it was trained on: leave out the data set "
                                              r"\(spiral\)"):
            export_pytorch(source, tmp_path / "x.py", dataset="spiral")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["xor.nnsproj"]
    text = export_pytorch(path, tmp_path / "x.py")[0].read_text(encoding="utf-8")
    assert re.search(r"Data:\s+xor", text)


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_script_names_the_clothes_drawn_in_the_pad_with_fashion_mnist(language):
    """A studio that trained on Fashion-MNIST with 'Include my drawings' trained on clothes, not on digits."""
    from nnstudio.export.source import ExportSource
    model = network(["relu"], outputs=10, inputs=784)
    for key, said, not_said in (("fashion", "differs_drawings", "differs_digits"),
                                ("mnist", "differs_digits", "differs_drawings")):
        text, _arrays = pytorch_script(ExportSource(model, 32, key, None, include_my_digits=True), language)
        flat = " ".join(line.strip().removeprefix("- ") for line in text.splitlines())
        assert TEXTS[language][said] in flat and TEXTS[language][not_said] not in flat
        assert ("digits drawn in its pad" in flat) == (language == "en" and key == "mnist")
