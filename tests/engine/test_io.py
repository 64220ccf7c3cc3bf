"""Model files: round trip, optimizer state, and clear errors for wrong, truncated and hostile files."""
import json
import zipfile

import numpy as np
import pytest

from nnstudio.engine import Adam, Dense, Dropout, L1L2, LeakyReLU, ModelFileError, Sequential, load_model
from nnstudio.engine.files import read_npz, write_npz
from nnstudio.engine.model import MODEL_FORMAT


def trained_model(seed=0):
    rng = np.random.default_rng(0)
    x = rng.normal(size=(40, 3)).astype(np.float32)
    y = (x[:, 0] > 0).astype(np.int64) + (x[:, 1] > 0)
    model = Sequential([Dense(5, input_dim=3, activation=LeakyReLU(0.2), kernel_regularizer=L1L2(l1=1e-4, l2=1e-3)),
                        Dropout(0.25), Dense(3, activation="softmax")], seed=seed)
    model.compile(optimizer=Adam(lr=0.01, amsgrad=True), loss="categorical_crossentropy", metrics=["accuracy"])
    model.fit(x, y, epochs=2, batch_size=8, verbose=0)
    return model, x, y


def test_round_trip_keeps_everything(tmp_path):
    model, x, y = trained_model()
    path = tmp_path / "model.npz"
    model.save(path)
    loaded = load_model(path)
    for a, b in zip(model.get_weights(), loaded.get_weights()):
        np.testing.assert_array_equal(a, b)
    np.testing.assert_array_equal(model.predict(x), loaded.predict(x))
    assert [type(layer).__name__ for layer in loaded.layers] == ["Dense", "Dropout", "Dense"]
    assert loaded.layers[0].activation_fn.alpha == 0.2 and loaded.layers[1].rate == 0.25
    assert loaded.layers[0].kernel_regularizer.get_config() == {"l1": 1e-4, "l2": 1e-3}
    assert loaded.loss_name == "categorical_crossentropy" and loaded.metrics == ["accuracy"]
    assert loaded.optimizer.get_config() == model.optimizer.get_config()
    assert loaded.evaluate(x, y) == model.evaluate(x, y)
    # optimizer state and random generator came along: training on continues exactly as without the break
    model.fit(x, y, epochs=1, batch_size=8, verbose=0)
    loaded.fit(x, y, epochs=1, batch_size=8, verbose=0)
    for a, b in zip(model.get_weights(), loaded.get_weights()):
        np.testing.assert_array_equal(a, b)
    assert loaded.optimizer.iterations == model.optimizer.iterations and loaded.steps == model.steps == 15


def test_bad_generator_state_is_refused(tmp_path):
    path = _save(tmp_path, lambda m: {**m, "rng_state": {"bit_generator": "MT19937", "state": 5}})
    with pytest.raises(ModelFileError, match="random generator"):
        load_model(path)
    path = _save(tmp_path, lambda m: {**m, "rng_state": {"bit_generator": "PCG64", "state": "x"}})
    with pytest.raises(ModelFileError, match="random generator"):
        load_model(path)


def test_float64_and_uncompiled_models_round_trip(tmp_path):
    model = Sequential([Dense(2, input_dim=2, activation="tanh")], seed=3, dtype="float64")
    model.save(tmp_path / "m.npz")
    loaded = load_model(tmp_path / "m.npz")
    assert loaded.dtype == np.float64 and loaded.seed == 3 and loaded.loss is None
    np.testing.assert_array_equal(loaded.get_weights()[0], model.get_weights()[0])


def test_save_is_atomic_and_leaves_no_temporary_files(tmp_path):
    model, _, _ = trained_model()
    path = tmp_path / "m.npz"
    model.save(path)
    model.save(path)  # overwrite
    assert [p.name for p in tmp_path.iterdir()] == ["m.npz"]


def _save(tmp_path, meta=None, arrays=None, name="bad.npz"):
    model, _, _ = trained_model()
    real_meta = {"format": MODEL_FORMAT, "version": 1, **model.get_config()}
    real_arrays = {f"{p}{i}": getattr(layer, p) for i, layer in enumerate(model.dense_layers) for p in "Wb"}
    meta = meta(real_meta) if callable(meta) else (meta or real_meta)
    arrays = arrays(real_arrays) if callable(arrays) else (arrays or real_arrays)
    path = tmp_path / name
    write_npz(path, meta, arrays)
    return path


def _without(d, key):
    d = dict(d)
    del d[key]
    return d


@pytest.mark.parametrize("meta, arrays, message", [
    (None, lambda a: _without(a, "W1"), "W1, b1.*missing"),
    (None, lambda a: {**a, "W1": np.zeros((4, 3), np.float32)}, "W1 has 4 rows"),
    (None, lambda a: {**a, "b0": np.zeros(7, np.float32)}, "do not match 5 units"),
    (None, lambda a: {**a, "W0": np.zeros((3, 5), np.int32)}, "floating-point"),
    (None, lambda a: {**a, "extra": np.zeros(1)}, "unexpected array 'extra'"),
    (lambda m: {**m, "layers": [{**m["layers"][0], "activation": {"name": "swish"}}] + m["layers"][1:]}, None,
     "unknown activation 'swish'"),
    (lambda m: {**m, "layers": [{"class": "Conv2D"}]}, None, "unknown layer type 'Conv2D'"),
    (lambda m: {**m, "layers": []}, None, "no layers"),
    (lambda m: {**m, "loss": "hinge"}, None, "unknown loss 'hinge'"),
    (lambda m: {**m, "optimizer": {"name": "adam", "lr": -1}}, None, "invalid optimizer settings"),
    (lambda m: {**m, "format": "something-else"}, None, "format is 'something-else'"),
    (lambda m: {**m, "version": 2}, None, "newer NN Studio"),
    (lambda m: {**m, "version": "one"}, None, "version"),
    (lambda m: {**m, "dtype": "object"}, None, "unsupported dtype"),
    (lambda m: {**m, "layers": [{**m["layers"][0], "units": -5}] + m["layers"][1:]}, None, "invalid number of units"),
    (lambda m: {**m, "layers": m["layers"][:1] + [{"class": "Dropout", "rate": 7}] + m["layers"][2:]}, None,
     "invalid dropout rate"),
])
def test_invalid_contents_raise_model_file_error(tmp_path, meta, arrays, message):
    path = _save(tmp_path, meta, arrays)
    with pytest.raises(ModelFileError, match=message):
        load_model(path)


@pytest.mark.parametrize("arrays, message", [
    (lambda a: {**a, "b1": np.zeros(2, np.float32)}, r"do not match 1 unit\.$"),
    (lambda a: {**a, "W1": np.zeros((1, 1), np.float32)}, r"W1 has 1 row, but the layer before has size 2\.$"),
])
def test_a_model_file_error_counts_one_unit_and_one_row(tmp_path, arrays, message):
    model = Sequential([Dense(2, input_dim=2, activation="tanh"), Dense(1, activation="sigmoid")], seed=0)
    real_arrays = {f"{p}{i}": getattr(layer, p) for i, layer in enumerate(model.dense_layers) for p in "Wb"}
    write_npz(tmp_path / "one.npz", {"format": MODEL_FORMAT, "version": 1, **model.get_config()}, arrays(real_arrays))
    with pytest.raises(ModelFileError, match=message):
        load_model(tmp_path / "one.npz")


def test_not_a_zip_file(tmp_path):
    path = tmp_path / "notes.npz"
    path.write_text("hello")
    with pytest.raises(ModelFileError, match="not an NN Studio model file"):
        load_model(path)


def test_truncated_file(tmp_path):
    model, _, _ = trained_model()
    path = tmp_path / "m.npz"
    model.save(path)
    data = path.read_bytes()
    for cut in (len(data) // 2, len(data) - 30, 100):
        (tmp_path / "cut.npz").write_bytes(data[:cut])
        with pytest.raises(ModelFileError, match="cut.npz"):
            load_model(tmp_path / "cut.npz")


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(ModelFileError, match="not found"):
        load_model(tmp_path / "nothing.npz")
    with pytest.raises(ModelFileError, match="folder"):
        load_model(tmp_path)


def test_pickled_objects_are_never_loaded(tmp_path):
    path = tmp_path / "evil.npz"
    # an object array can only be stored by pickling; loading it would run code in the pickle
    np.savez(path, config=np.array(json.dumps({"format": MODEL_FORMAT, "version": 1})),
             W0=np.array([object()], dtype=object))
    with pytest.raises(ModelFileError, match="pickled"):
        load_model(path)


def test_config_must_be_json_text(tmp_path):
    path = tmp_path / "m.npz"
    np.savez(path, config=np.array("{not json"))
    with pytest.raises(ModelFileError, match="not valid JSON"):
        load_model(path)
    np.savez(path, config=np.zeros(3))
    with pytest.raises(ModelFileError, match="text entry"):
        load_model(path)
    np.savez(path, W0=np.zeros(3))
    with pytest.raises(ModelFileError, match="no 'config' entry"):
        load_model(path)


def test_foreign_zip_entries_are_refused(tmp_path):
    path = tmp_path / "m.npz"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("config.npy", b"")
        zf.writestr("script.py", "print('hi')")
    with pytest.raises(ModelFileError, match="script.py"):
        load_model(path)


def test_model_file_error_is_a_value_error():
    assert issubclass(ModelFileError, ValueError)


def test_a_project_file_given_as_a_model_says_so_in_a_learners_words(tmp_path):
    """It said "model.npz: format is 'nnstudio-project', expected 'nnstudio-model'"."""
    from nnstudio.engine.io import PROJECT_FORMAT
    from nnstudio.session.project import FORMAT
    assert PROJECT_FORMAT == FORMAT
    path = tmp_path / "my run.npz"
    write_npz(path, {"format": FORMAT, "version": 1}, {"points": np.arange(6.0)})
    with pytest.raises(ModelFileError) as caught:
        load_model(path)
    assert str(caught.value) == (f"my run.npz is a project file, not a model file: open it in the studio with File → "
                                 f"Open project… or with nnstudio '{path}'. The pad and nnstudio export take a "
                                 f"project file too when its name ends in .nnsproj.")


def test_write_and_read_npz_for_other_formats(tmp_path):
    path = tmp_path / "project.nnsp"
    write_npz(path, {"format": "nnstudio-project", "version": 1, "name": "ü"}, {"points": np.arange(6.0)})
    meta, arrays = read_npz(path, "nnstudio-project", max_version=1)
    assert meta["name"] == "ü" and list(arrays) == ["points"]
    np.testing.assert_array_equal(arrays["points"], np.arange(6.0))
    with pytest.raises(ModelFileError, match="expected 'nnstudio-model'"):
        read_npz(path, "nnstudio-model")
    with pytest.raises(ValueError, match="reserved"):
        write_npz(path, {}, {"config": np.zeros(1)})


def test_a_header_claiming_a_huge_array_is_refused_before_allocating(tmp_path):
    import io as _io
    buf = _io.BytesIO()
    np.lib.format.write_array_header_1_0(buf, {"descr": "<f4", "fortran_order": False,
                                               "shape": (10**6, 10**6)})
    buf.write(b"\0" * 64)
    config = _io.BytesIO()
    np.lib.format.write_array(config, np.array(json.dumps({"format": MODEL_FORMAT, "version": 1})))
    path = tmp_path / "huge.npz"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("config.npy", config.getvalue())
        zf.writestr("W0.npy", buf.getvalue())
    with pytest.raises(ModelFileError, match="claims shape"):
        load_model(path)


def test_optimizer_state_that_does_not_fit_the_weights_is_refused(tmp_path):
    model, _, _ = trained_model()
    state = {f"opt.{k}": v for k, v in model.optimizer.get_state().items()}
    state["opt.exp_avg.0"] = state["opt.exp_avg.0"][:10]
    path = _save(tmp_path, lambda m: m, lambda a: {**a, **state})
    with pytest.raises(ModelFileError, match="invalid optimizer state"):
        load_model(path)


def test_files_keep_one_optimizer_state_array_per_parameter(tmp_path):
    # the optimizer steps one flat array internally; files stay independent of that layout
    model, _, _ = trained_model()
    model.save(tmp_path / "m.npz")
    _, arrays = read_npz(tmp_path / "m.npz", MODEL_FORMAT)
    shapes = [w.shape for w in model.get_weights()]
    for slot in ("exp_avg", "exp_avg_sq", "max_exp_avg_sq"):
        assert [arrays[f"opt.{slot}.{i}"].shape for i in range(len(shapes))] == shapes
    assert int(arrays["opt.iterations"]) == model.optimizer.iterations == 10


def test_shipped_models_load():
    from pathlib import Path
    models = sorted((Path(__file__).resolve().parents[2] / "resources" / "models").glob("*.npz"))
    for path in models:
        model = load_model(path)
        assert model.input_dim == 784 and model.output_dim == 10



def test_an_untrained_adam_model_round_trips(tmp_path):
    model = Sequential([Dense(3, input_dim=2, activation="softmax")], seed=0)
    model.compile("adam", "categorical_crossentropy")
    model.save(tmp_path / "m.npz")
    loaded = load_model(tmp_path / "m.npz")
    for a, b in zip(model.get_weights(), loaded.get_weights()):
        np.testing.assert_array_equal(a, b)


def test_a_prediction_only_file_leaves_out_the_optimizer_state(tmp_path):
    from nnstudio.engine.io import save_model
    model = Sequential([Dense(4, input_dim=2, activation="relu"), Dense(1, activation="sigmoid")], seed=0)
    model.compile("adam", "binary_crossentropy")
    x = np.random.default_rng(0).normal(size=(8, 2)).astype(np.float32)
    model.train_on_batch(x, (x[:, :1] > 0).astype(np.float32))
    full, light = tmp_path / "full.npz", tmp_path / "light.npz"
    model.save(full)
    save_model(model, light, include_optimizer=False)
    with np.load(light, allow_pickle=False) as f:
        assert not [k for k in f.files if k.startswith("opt.")]
    np.testing.assert_allclose(load_model(light).predict(x), model.predict(x))
    assert light.stat().st_size < full.stat().st_size


def test_saved_files_get_the_usual_permissions(tmp_path):
    import os
    model = Sequential([Dense(1, input_dim=2)], seed=0)
    model.save(tmp_path / "m.npz")
    umask = os.umask(0)
    os.umask(umask)
    assert (tmp_path / "m.npz").stat().st_mode & 0o777 == 0o666 & ~umask


def test_saving_into_a_missing_folder_or_onto_a_folder_names_the_target(tmp_path):
    model = Sequential([Dense(1, input_dim=2)], seed=0)
    with pytest.raises(FileNotFoundError, match="folder .*missing.* does not exist"):
        model.save(tmp_path / "missing" / "m.npz")
    with pytest.raises(IsADirectoryError, match="it is a folder"):
        model.save(tmp_path)
