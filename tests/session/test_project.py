"""Project files: round trip without pickle, and a clear ProjectFileError for every kind of bad file."""
import json
import zipfile

import numpy as np
import pytest

from nnstudio.session.project import Project, ProjectFileError, load_project, save_project
from nnstudio.data import load_dataset
from nnstudio.engine.spec import LayerSpec, NetworkSpec, SpecError

from tests.translatable import assert_translatable

from .helpers import rewrite_project


def make_project(with_history=True):
    spec = NetworkSpec(2, (LayerSpec(3, "tanh"), LayerSpec(2, "relu", l2=0.01)), LayerSpec(1, "sigmoid"), "binary")
    model = spec.build(seed=3)
    ds = load_dataset("circle", n=40, seed=1)
    history = None
    if with_history:
        history = {"steps": np.arange(1, 6), "step_loss": np.linspace(1, 0.5, 5),
                   "epochs": np.array([1, 2]), "epoch_values": np.array([[0.9, 0.5, 0.8, np.nan],
                                                                          [0.7, 0.75, 0.6, 0.8]]),
                   "counters": np.array([5, 2])}
    return Project(spec=spec, training={"optimizer": "adam", "lr": 0.01, "batch_size": 8, "seed": 3},
                   dataset_choice={"key": "circle", "n": 40, "noise": 0.1, "test_fraction": 0.3},
                   dataset=ds, weights=model.get_weights(), history=history)


def test_round_trip_keeps_everything(tmp_path):
    project = make_project()
    path = save_project(tmp_path / "p.nnsproj", project)
    back = load_project(path)
    assert back.spec == project.spec
    assert back.training == project.training
    assert back.dataset_choice == project.dataset_choice
    for a, b in zip(back.weights, project.weights):
        np.testing.assert_array_equal(a, b)
    for key in ("x_train", "y_train", "x_test", "y_test"):
        np.testing.assert_array_equal(getattr(back.dataset, key), getattr(project.dataset, key))
    assert back.dataset.problem == "binary" and back.dataset.extent == project.dataset.extent
    for key, value in project.history.items():
        np.testing.assert_array_equal(back.history[key], value)


def test_file_holds_no_pickle_and_says_what_it_is(tmp_path):
    path = save_project(tmp_path / "p.nnsproj", make_project())
    with np.load(path, allow_pickle=False) as npz:
        meta = json.loads(str(npz["config"]))
    assert meta["format"] == "nnstudio-project" and meta["version"] == 1
    with zipfile.ZipFile(path) as zf:
        assert all(name.endswith(".npy") for name in zf.namelist())


def test_project_without_weights_data_or_history(tmp_path):
    project = Project(spec=NetworkSpec.xor_default(), dataset_choice={"key": "mnist"})
    back = load_project(save_project(tmp_path / "p.nnsproj", project))
    assert back.weights is None and back.dataset is None and back.history is None
    assert back.dataset_choice == {"key": "mnist"}


@pytest.mark.parametrize("content, expected", [
    (b"", "^bad.nnsproj is not an NN Studio project: the studio opens projects"),
    (b"hello, this is text", "^bad.nnsproj is not an NN Studio project: the studio opens projects"),
])
def test_garbage_files_are_refused(tmp_path, content, expected):
    path = tmp_path / "bad.nnsproj"
    path.write_bytes(content)
    with pytest.raises(ProjectFileError, match=expected):
        load_project(path)


def test_truncated_file_is_refused(tmp_path):
    path = save_project(tmp_path / "p.nnsproj", make_project())
    data = path.read_bytes()
    for cut in (len(data) // 2, len(data) - 1, 100):
        path.write_bytes(data[:cut])
        # what happened and what to do; it said "not an NN Studio project file (not a zip/npz archive; the file may
        # be truncated or of another kind)" of the learner's own project
        with pytest.raises(ProjectFileError) as caught:
            load_project(path)
        assert str(caught.value) == ("p.nnsproj is cut short: it begins as a project file, but its end is missing (a "
                                     "copy or a download that was interrupted?). Copy it again from where it came "
                                     "from.")


def test_missing_file_names_the_file(tmp_path):
    with pytest.raises(ProjectFileError, match="nothere.nnsproj"):
        load_project(tmp_path / "nothere.nnsproj")


def test_a_model_file_is_not_a_project(tmp_path):
    path = tmp_path / "model.npz"
    NetworkSpec.xor_default().build().save(path)
    with pytest.raises(ProjectFileError, match=r"^model\.npz is a model file \(as nnstudio train --save writes\), "
                                               r"not a project"):
        load_project(path)


def _rewrite(tmp_path, edit_meta=None, edit_arrays=None):
    return rewrite_project(tmp_path / "p.nnsproj", make_project(), edit_meta, edit_arrays)


def test_newer_version_asks_to_update(tmp_path):
    path = _rewrite(tmp_path, edit_meta=lambda m: m.update(version=99))
    with pytest.raises(ProjectFileError, match="newer NN Studio.*Update NN Studio"):
        load_project(path)


def test_wrong_weight_shape_is_named(tmp_path):
    path = _rewrite(tmp_path, edit_arrays=lambda a: a.update(w2=np.zeros((5, 5), np.float32)))
    with pytest.raises(ProjectFileError, match=r"w2 has shape \(5, 5\)"):
        load_project(path)


def test_missing_weight_array_is_named(tmp_path):
    path = _rewrite(tmp_path, edit_arrays=lambda a: a.pop("w1"))
    with pytest.raises(ProjectFileError, match="w1 is missing"):
        load_project(path)


def test_non_finite_weights_are_refused(tmp_path):
    def poison(a):
        a["w0"] = a["w0"].copy()
        a["w0"][0, 0] = np.nan
    path = _rewrite(tmp_path, edit_arrays=poison)
    with pytest.raises(ProjectFileError, match="not all finite"):
        load_project(path)


def test_invalid_network_is_explained(tmp_path):
    path = _rewrite(tmp_path, edit_meta=lambda m: m["network"]["hidden"][0].update(activation="wobble"))
    with pytest.raises(ProjectFileError, match="network description is invalid.*wobble"):
        load_project(path)


def test_errors_are_templates_the_gui_translates_down_to_the_network_inside(tmp_path):
    path = _rewrite(tmp_path, edit_meta=lambda m: m["network"]["hidden"][0].update(activation="wobble"))
    with pytest.raises(ProjectFileError) as info:
        load_project(path)
    assert_translatable(info.value)
    problem = info.value.arguments["problem"]          # "p.nnsproj: {problem}"
    assert isinstance(problem, ProjectFileError) and isinstance(problem.arguments["reason"], SpecError)
    path.write_bytes(path.read_bytes()[:100])           # a damaged file
    with pytest.raises(ProjectFileError, match="^p.nnsproj is cut short") as info:
        load_project(path)
    assert_translatable(info.value)


def test_bad_learning_rate_is_explained(tmp_path):
    path = _rewrite(tmp_path, edit_meta=lambda m: m["training"].update(lr=-1))
    with pytest.raises(ProjectFileError, match=r"training.lr is -1; it must be a number from 1e-06 up to 1e\+06"):
        load_project(path)


def test_dataset_that_does_not_fit_the_network(tmp_path):
    def widen(a):
        a["data_x_train"] = np.zeros((len(a["data_x_train"]), 3), np.float32)
        a["data_x_test"] = np.zeros((len(a["data_x_test"]), 3), np.float32)
    path = _rewrite(tmp_path, edit_arrays=widen)
    with pytest.raises(ProjectFileError, match=r"number of features \(3\) is not the network's input size \(2\)"):
        load_project(path)


def test_incomplete_history_is_named(tmp_path):
    path = _rewrite(tmp_path, edit_arrays=lambda a: a.pop("hist_step_loss"))
    with pytest.raises(ProjectFileError, match="history is incomplete"):
        load_project(path)


def test_failed_save_leaves_the_old_file(tmp_path):
    path = save_project(tmp_path / "p.nnsproj", make_project())
    before = path.read_bytes()
    bad = make_project()
    bad.weights = [np.array([object()])]   # cannot be stored without pickle
    with pytest.raises(ValueError):
        save_project(path, bad)
    assert path.read_bytes() == before
