"""Every field of a project file is checked against its type and range; a bad one is a ProjectFileError that
names the field — never a TypeError, an OverflowError or a MemoryError later in the window."""
import json

import numpy as np
import pytest

from nnstudio.data import load_dataset
from nnstudio.engine.files import write_npz
from nnstudio.engine.spec import LayerSpec, NetworkSpec
from nnstudio.session.project import Project, ProjectFileError, load_project, save_project
from tests.translatable import assert_translatable

from .helpers import rewrite_project


def make_project():
    spec = NetworkSpec(2, (LayerSpec(3, "tanh"),), LayerSpec(1, "sigmoid"), "binary")
    history = {"steps": np.arange(1, 6), "step_loss": np.linspace(1, 0.5, 5), "epochs": np.array([1, 2]),
               "epoch_values": np.full((2, 4), 0.5), "counters": np.array([5, 2]),
               "stats_steps": np.arange(1, 4), "stats": np.ones((3, 6))}
    return Project(spec=spec, training={"optimizer": "adam", "lr": 0.01, "batch_size": 8, "seed": 3, "speed": 100,
                                        "max_epochs": 50, "early_stopping": 5, "augment": True,
                                        "options": {"betas": [0.8, 0.99], "amsgrad": True}},
                   dataset_choice={"key": "circle", "n": 40, "noise": 0.1, "test_fraction": 0.3, "seed": 1},
                   dataset=load_dataset("circle", n=40, seed=1), weights=spec.build(seed=3).get_weights(),
                   history=history)


def rewrite(tmp_path, edit_meta=None, edit_arrays=None):
    return rewrite_project(tmp_path / "p.nnsproj", make_project(), edit_meta, edit_arrays)


def test_the_training_options_and_the_dataset_choice_round_trip(tmp_path):
    project = make_project()
    back = load_project(save_project(tmp_path / "p.nnsproj", project))
    assert back.training == project.training and back.dataset_choice == project.dataset_choice
    assert back.history.keys() == project.history.keys()


def meta_edit(path, value):
    """Set meta[path...] = value (a dotted path; a missing last key is created)."""
    def edit(meta):
        *parents, last = path.split(".")
        target = meta
        for key in parents:
            target = target[key]
        target[last] = value
    return edit


def array_edit(key, value):
    def edit(arrays):
        arrays[key] = value(arrays[key]) if callable(value) else value
    return edit


def poison(a):
    a = a.copy()
    a.flat[0] = np.nan
    return a


BAD_META = [
    ("network.input_dim", 2.7, "input layer needs at least 1 feature"),
    ("network.input_dim", "2", "input layer"),
    ("network.hidden", [{"units": 5000, "activation": "relu"}], "larger than the studio allows.*at most 4096"),
    ("network.hidden", [{"units": 4096}] * 17, "At most 16 hidden layers"),
    ("network.hidden", [{"units": 3, "l1": -1.0}], "L1 and L2 strengths must be numbers >= 0"),
    ("network.loss", "hinge", "Unknown loss 'hinge'"),
    ("network.loss", ["mse"], "Unknown loss"),
    ("network.output.units", 1.5, "Output layer: a layer needs at least 1 neuron"),
    ("training.lr", -1, "training.lr is -1; it must be a number from 1e-06 up to 1e\\+06"),
    ("training.lr", "0.1", "training.lr is '0.1'"),
    ("training.seed", "seven", "training.seed is 'seven'; it must be a whole number from 0 to 2147483647"),
    ("training.seed", -1, "training.seed is -1"),
    ("training.seed", 10 ** 30, "training.seed is 1000000000000000000000000000000"),
    ("training.batch_size", 10 ** 12, "training.batch_size is 1000000000000; it must be a whole number from 1"),
    ("training.batch_size", True, "training.batch_size is True"),
    ("training.speed", -5, "training.speed is -5"),
    ("training.max_epochs", -1, "training.max_epochs is -1; it must be a whole number from 0"),
    ("training.early_stopping", 2.5, "training.early_stopping is 2.5"),
    ("training.augment", "yes", "training.augment is 'yes'; it must be true or false"),
    ("training.optimizer", "adadelta", "training.optimizer is 'adadelta'; it must be one of sgd"),
    ("training.options", [1, 2], "training.options is \\[1, 2\\]"),
    ("training.options", {"momentum": "high"}, "training.options.momentum is 'high'"),
    ("training.options", {"betas": [0.9, 1.5]}, "optimizer settings are invalid.*betas\\[1\\]"),
    ("training.options", {"wobble": 1}, "optimizer settings are invalid.*wobble"),
    ("training.options", {"amsgrad": 2}, "amsgrad must be True or False"),
    ("dataset.n", "200", "dataset.n is '200'; it must be a whole number from 2 to 1000000"),
    ("dataset.n", 2.5, "dataset.n is 2.5"),
    ("dataset.noise", -0.5, "dataset.noise is -0.5"),
    ("dataset.test_fraction", 1.0, "dataset.test_fraction is 1.0"),
    ("dataset.seed", 2 ** 40, "dataset.seed is 1099511627776"),
    ("dataset.key", "", "dataset.key is ''"),
    ("dataset.key", 5, "dataset.key is 5"),
    ("dataset.include_my_digits", "yes", "dataset.include_my_digits is 'yes'; it must be true or false"),
    ("dataset", [1], "dataset choice is malformed"),
    ("n_weights", 3, "its number of weight arrays is 3, but its network needs 4"),
    ("stored_data.extent", [0, 1], "stored_data.extent is \\[0, 1\\]; it must be 4 finite numbers"),
    ("stored_data.extent", [1, 0, 0, 1], "stored_data.extent"),
    ("stored_data.problem", "ranking", "stored_data.problem is 'ranking'"),
    ("stored_data.n_classes", 3, "stored_data.n_classes is 3; it must be 1 for a binary problem"),
    ("stored_data.class_names", ["a", "b", "c"], "it must be a list of 2 names \\(or none\\)"),
    ("history", "yes", "history is 'yes'"),
]


@pytest.mark.parametrize("field, value, message", BAD_META, ids=[f"{f}={v!r}"[:60] for f, v, _ in BAD_META])
def test_a_bad_field_is_named(tmp_path, field, value, message):
    path = rewrite(tmp_path, edit_meta=meta_edit(field, value))
    with pytest.raises(ProjectFileError, match=message) as info:
        load_project(path)
    assert_translatable(info.value)     # the GUI shows it in the learner's language


def test_nan_in_the_json_and_huge_integers_are_refused(tmp_path):
    path = rewrite(tmp_path)
    with np.load(path, allow_pickle=False) as npz:
        text = str(npz["config"])
        arrays = {k: npz[k] for k in npz.files if k != "config"}
    for bad, message in ((text.replace('"l2": 0.0', '"l2": NaN', 1), "NaN is not a number"),
                         (text.replace('"seed": 3', '"seed": ' + "9" * 4400, 1), "4400 digits")):
        import io
        import zipfile
        with zipfile.ZipFile(path, "w") as zf:
            for key, value in {"config": np.array(bad), **arrays}.items():
                buf = io.BytesIO()
                np.lib.format.write_array(buf, value, allow_pickle=False)
                zf.writestr(key + ".npy", buf.getvalue())
        with pytest.raises(ProjectFileError, match=message):
            load_project(path)


BAD_ARRAYS = [
    ("data_x_train", poison, "data_x_train holds NaN or infinite values"),
    ("data_x_test", lambda a: np.full_like(a, np.inf), "data_x_test holds NaN or infinite"),
    ("data_x_train", lambda a: a[:0], "data_y_train is 'float32 \\(28, 1\\)'; it must be numbers, one target per row"),
    ("data_y_train", lambda a: np.where(np.arange(len(a))[:, None] == 0, 2.0, a).astype(np.float32),
     "data_y_train holds labels other than 0 and 1"),
    ("data_y_train", poison, "data_y_train holds NaN"),
    ("data_y_test", lambda a: a.astype(np.float64), "float32"),
    ("hist_steps", lambda a: a.astype("U5"), "holds text, not numbers"),
    ("hist_step_loss", lambda a: a[:3], "history arrays do not fit together"),
    ("hist_epoch_values", lambda a: a[:, :3], "history arrays do not fit together"),
    ("hist_counters", np.array([-5, 2]), "hist_counters holds negative counts"),
    ("hist_steps", lambda a: a - 10, "hist_steps holds negative counts"),
    ("hist_stats", lambda a: a[:2], "layer statistics do not fit together"),
    ("w0", poison, "w0 is not all finite"),
]


@pytest.mark.parametrize("key, value, message", BAD_ARRAYS, ids=[f"{k}-{m[:30]}" for k, _, m in BAD_ARRAYS])
def test_bad_arrays_are_named(tmp_path, key, value, message):
    path = rewrite(tmp_path, edit_arrays=array_edit(key, value))
    with pytest.raises(ProjectFileError, match=message) as info:
        load_project(path)
    assert_translatable(info.value)


def test_zero_training_rows_are_refused(tmp_path):
    def empty(arrays):
        arrays["data_x_train"] = arrays["data_x_train"][:0]
        arrays["data_y_train"] = arrays["data_y_train"][:0]
    with pytest.raises(ProjectFileError, match="no training rows"):
        load_project(rewrite(tmp_path, edit_arrays=empty))


def test_multiclass_labels_outside_the_classes(tmp_path):
    spec = NetworkSpec(2, (LayerSpec(4, "relu"),), LayerSpec(3, "softmax"), "multiclass")
    ds = load_dataset("three_blobs", n=30, seed=0)
    path = save_project(tmp_path / "p.nnsproj", Project(spec=spec, dataset=ds))
    with np.load(path, allow_pickle=False) as npz:
        meta = json.loads(str(npz["config"]))
        arrays = {k: npz[k] for k in npz.files if k != "config"}
    arrays["data_y_train"] = arrays["data_y_train"].copy()
    arrays["data_y_train"][0] = 7
    write_npz(path, meta, arrays)
    with pytest.raises(ProjectFileError, match="labels outside the 3 classes 0..2"):
        load_project(path)


def test_a_network_too_large_for_memory_is_refused_before_anything_is_unpacked(tmp_path):
    # the studio's caps hold (4096 units), and a giant input is refused by the memory estimate
    from nnstudio.engine.memory import set_memory_limit

    path = rewrite(tmp_path, edit_meta=meta_edit("network.input_dim", 10 ** 9),
                   edit_arrays=lambda a: [a.pop(k) for k in [k for k in a if k.startswith(("data_", "w"))]])
    with np.load(path, allow_pickle=False) as npz:
        meta = json.loads(str(npz["config"]))
    meta.update(n_weights=0, stored_data=None)
    with np.load(path, allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files if k != "config"}
    write_npz(path, meta, arrays)
    set_memory_limit(1024 ** 3)
    try:
        with pytest.raises(ProjectFileError, match=r"p.nnsproj: This network needs about .* GiB of memory "
                                                   r"\(3,000,000,007 weights.*limit of 1.0 GiB"):
            load_project(path)
    finally:
        set_memory_limit(None)


def test_the_class_names_check_counts_one_name():
    from nnstudio.session.project import _decode_stored

    spec = NetworkSpec(2, (LayerSpec(4, "tanh"),), LayerSpec(1, "sigmoid"), problem="multilabel")
    with pytest.raises(ProjectFileError, match=r"it must be a list of 1 name \(or none\)\.$"):
        _decode_stored({"name": "x", "problem": "multilabel", "n_classes": 1, "class_names": ["a", "b"]}, spec)
