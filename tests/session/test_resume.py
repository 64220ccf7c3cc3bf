"""A reopened project trains on exactly as the saved run would have: the optimizer's state, the random
generators (shuffling, dropout, augmented digits) and the place in the epoch are kept in the file."""
import json

import numpy as np
import pytest

from nnstudio.data import Dataset, load_dataset
from nnstudio.engine.spec import LayerSpec, NetworkSpec
from nnstudio.session.config import DataChoice, TrainingConfig
from nnstudio.session.project import ProjectFileError, load_project, save_project
from nnstudio.session.session import TrainingSession
from tests.session.helpers import rewrite_project

# moons: 160 training points in batches of 24, 7 batches an epoch; dropout draws from the model's generator
SPEC = NetworkSpec(2, (LayerSpec(16, "relu", "he_uniform", dropout=0.2), LayerSpec(8, "tanh")),
                   LayerSpec(1, "sigmoid"))


def session(optimizer, options=(), **settings):
    config = TrainingConfig(optimizer=optimizer, lr=0.05, batch_size=24, seed=3, options=options, speed=0,
                            **settings)
    return TrainingSession(load_dataset("moons", n=200, seed=1), spec=SPEC, config=config,
                           choice=DataChoice(key="moons"))


def train(s, steps):
    """``steps`` optimizer steps, in chunks as the worker trains them."""
    while steps:
        with s.lock:
            report = s.train_chunk(min(steps, 4), 10.0)
        assert report.error is None and report.steps
        steps -= report.steps


def reopened(s, tmp_path, name="p.nnsproj"):
    """``s`` saved and opened in a new session (as File → Open or a restored autosave does)."""
    path = save_project(tmp_path / name, s.to_project())
    project = load_project(path)
    other = TrainingSession()
    other.adopt(other.prepare_project(project, project.dataset))
    return other


def assert_same_run(a, b):
    for x, y in zip(a.weights(), b.weights()):
        np.testing.assert_array_equal(x, y)
    ha, hb = a.history.to_arrays(), b.history.to_arrays()
    for key in ("steps", "step_loss", "epochs", "epoch_values", "counters"):
        np.testing.assert_array_equal(ha[key], hb[key], err_msg=key)


@pytest.mark.parametrize("optimizer, options", [("sgd", (("momentum", 0.9),)), ("adam", ()), ("rmsprop", ()),
                                                ("sgd", (("momentum", 0.9), ("nesterov", True)))])
@pytest.mark.parametrize("n, m", [(10, 25), (14, 9), (3, 1)])       # mid-epoch, at an epoch's end, early
def test_saved_opened_and_trained_on_is_the_unbroken_run_bit_for_bit(tmp_path, optimizer, options, n, m):
    straight = session(optimizer, options)
    train(straight, n + m)
    s = session(optimizer, options)
    train(s, n)
    other = reopened(s, tmp_path)
    assert other.history.epoch_progress == s.history.epoch_progress
    train(other, m)
    assert_same_run(other, straight)


def test_saved_twice_without_training_between_keeps_the_state(tmp_path):
    straight = session("adam")
    train(straight, 30)
    s = session("adam")
    train(s, 12)
    twice = reopened(reopened(s, tmp_path, "a.nnsproj"), tmp_path, "b.nnsproj")
    train(twice, 18)
    assert_same_run(twice, straight)


@pytest.mark.parametrize("change, before, after", [
    ({"lr": 0.01}, 12, 10),              # takes effect, and Adam's moments go on
    ({"optimizer": "sgd"}, 12, 10),      # starts fresh, as before
    ({"batch_size": 32}, 10, 8),         # starts a new epoch, as before
], ids=["learning rate", "optimizer", "batch size"])
def test_a_setting_changed_after_opening_trains_as_in_the_unbroken_run(tmp_path, change, before, after):
    straight = session("adam")
    train(straight, before)
    straight.set_config(**change)
    train(straight, after)
    s = session("adam")
    train(s, before)
    other = reopened(s, tmp_path)
    other.set_config(**change)
    train(other, after)
    assert_same_run(other, straight)


def test_early_stopping_counts_from_the_best_epoch_before_the_save(tmp_path):
    ds = load_dataset("moons", n=60, noise=0.35)
    spec = NetworkSpec(2, (LayerSpec(64, "relu", "he_uniform"), LayerSpec(64, "relu", "he_uniform")),
                       LayerSpec(1, "sigmoid"))

    def run(s, stop_after=None):
        for _ in range(2000):
            with s.lock:
                report = s.train_chunk(1000 if stop_after is None else stop_after - s.step_count, 1.0)
            if report.stop is not None or s.step_count == stop_after:
                return report

    config = TrainingConfig(optimizer="adam", lr=0.01, batch_size=42, early_stopping=20)
    straight = TrainingSession(ds, spec=spec, config=config)
    stop = run(straight)
    s = TrainingSession(ds, spec=spec, config=config)
    run(s, stop_after=6)             # (one batch an epoch) saved 5 epochs after the best one
    other = reopened(s, tmp_path)
    assert str(run(other).stop) == str(stop.stop) and "after epoch 1" in str(stop.stop)
    assert_same_run(other, straight)


def test_augmented_digits_go_on_with_the_same_variants(tmp_path):
    rng = np.random.default_rng(0)
    x = (rng.random((40, 784)) > 0.8).astype(np.float32)
    ds = Dataset("digits", x, np.arange(40) % 10, x[:8], np.arange(8) % 10, "multiclass", 10)
    spec = NetworkSpec(784, (LayerSpec(16, "relu", "he_uniform"),), LayerSpec(10, "softmax"))
    config = TrainingConfig(optimizer="adam", lr=0.01, batch_size=16, augment=True)
    straight = TrainingSession(ds, spec=spec, config=config, choice=DataChoice(key="csv:digits.csv"))
    train(straight, 9)
    s = TrainingSession(ds, spec=spec, config=config, choice=DataChoice(key="csv:digits.csv"))
    train(s, 4)
    other = reopened(s, tmp_path)
    train(other, 5)
    assert_same_run(other, straight)


def test_an_older_file_without_the_state_opens_and_trains_from_a_fresh_optimizer(tmp_path):
    s = session("adam")
    train(s, 10)

    def drop_state(meta):
        del meta["state"]

    def drop_arrays(arrays):
        for key in [k for k in arrays if k.startswith("opt.") or k.startswith("state_")]:
            del arrays[key]

    path = rewrite_project(tmp_path / "old.nnsproj", s.to_project(), drop_state, drop_arrays)
    project = load_project(path)
    assert project.state is None
    other = TrainingSession()
    other.adopt(other.prepare_project(project, project.dataset))
    with other.access() as model:
        assert model.optimizer.iterations == 0          # Adam starts again: no moments, no step count
    train(other, 3)
    assert other.step_count == 13


def test_a_project_that_never_trained_holds_no_state(tmp_path):
    path = save_project(tmp_path / "p.nnsproj", session("adam").to_project())
    with np.load(path, allow_pickle=False) as npz:
        assert "state" not in json.loads(str(npz["config"]))
        assert not [k for k in npz.files if k.startswith("opt.") or k.startswith("state_")]


@pytest.mark.parametrize("edit_meta, edit_arrays, expected", [
    (lambda m: m["state"].update(rng={"bit_generator": "MT19937"}), None,
     r"state\.rng is .*; it must be the state of a PCG64 random generator\."),
    (lambda m: m["state"]["position"].update(batch=-1), None,
     r"state\.position\.batch is -1; it must be a whole number from 0"),
    (lambda m: m["state"]["position"].update(loss_sum="a lot"), None,
     r"state\.position\.loss_sum is 'a lot'; it must be a finite number\."),
    (None, lambda a: a.update(state_order=np.zeros(160, np.int32)),
     r"state_order is .*; it must be a permutation of the training rows\."),
    (None, lambda a: a.update({"opt.exp_avg.0": np.full_like(a["opt.exp_avg.0"], np.nan)}),
     r"opt\.exp_avg\.0 is .*; it must be finite numbers\."),
])
def test_a_damaged_state_is_named(tmp_path, edit_meta, edit_arrays, expected):
    s = session("adam")
    train(s, 10)
    path = rewrite_project(tmp_path / "p.nnsproj", s.to_project(), edit_meta, edit_arrays)
    with pytest.raises(ProjectFileError, match=expected):
        load_project(path)


def test_an_optimizer_state_that_does_not_fit_is_refused_before_anything_changes(tmp_path):
    s = session("adam")
    train(s, 10)

    def rename(arrays):
        for key in [k for k in arrays if k.startswith("opt.exp_avg_sq.")]:
            arrays["opt.square_avg." + key.rpartition(".")[2]] = arrays.pop(key)

    path = rewrite_project(tmp_path / "p.nnsproj", s.to_project(), edit_arrays=rename)
    project = load_project(path)
    other = TrainingSession()
    with pytest.raises(ProjectFileError, match="The saved state of the optimizer does not fit"):
        other.prepare_project(project, project.dataset)
    assert other.key == "xor"


def test_a_run_that_diverges_after_the_save_is_caught_at_the_same_step(tmp_path):
    # Adam at lr 100: the loss jumps from 0.757 to 56 at once, and to more than 100 times its start at step 12
    def until_diverged(s):
        for _ in range(100):
            with s.lock:
                report = s.train_chunk(1, 1.0)
            if report.error is not None:
                return str(report.error)

    config = TrainingConfig(optimizer="adam", lr=100, batch_size=16)
    straight = TrainingSession(load_dataset("moons"), config=config, choice=DataChoice(key="moons"))
    expected = until_diverged(straight)
    assert "at step 12, more than 100 times its start (0.757)" in expected
    s = TrainingSession(load_dataset("moons"), config=config, choice=DataChoice(key="moons"))
    train(s, 1)
    assert until_diverged(reopened(s, tmp_path)) == expected


def test_a_project_saved_while_training_runs_holds_one_moment_of_it(tmp_path):
    """An autosave comes while the worker trains: the weights, the history and the training state were taken
    one after the other, and a chunk of steps could come in between: the reopened run went on from weights of
    another step than its history and optimizer said."""
    import threading

    s = session("adam")
    train(s, 10)
    worker = []
    history_arrays = s.history_arrays

    def chunk_comes_in_between():
        # the worker's next chunk, as soon as it can take the lock (waited for a little: it must wait for the
        # save to end)
        worker.append(threading.Thread(target=train, args=(s, 1)))
        worker[0].start()
        worker[0].join(0.3)
        return history_arrays()
    s.history_arrays = chunk_comes_in_between
    path = save_project(tmp_path / "p.nnsproj", s.to_project())
    worker[0].join()
    project = load_project(path)
    other = TrainingSession()
    other.adopt(other.prepare_project(project, project.dataset))
    assert other.step_count == 10
    straight = session("adam")
    train(straight, 15)
    train(other, 5)
    assert_same_run(other, straight)


def test_own_samples_that_changed_since_the_save_start_a_new_epoch(tmp_path):
    """The learner's own digits are added to MNIST when the project opens, from the data folder: the same ones
    go on in the saved epoch; others (a drawing added since) make another number of rows, and the next step
    starts a new epoch, as a change of data always has."""
    extra = (np.array([[0.1, 0.2], [0.3, -0.4], [1.5, 0.5]], np.float32), np.array([[1], [0], [1]], np.float32))

    def with_extra(s, x, y):
        s.set_extra_training(x, y)
        return s
    straight = with_extra(session("adam"), *extra)
    train(straight, 16)
    s = with_extra(session("adam"), *extra)
    train(s, 10)
    same = with_extra(reopened(s, tmp_path), *extra)
    train(same, 6)
    assert_same_run(same, straight)

    more = reopened(s, tmp_path)
    assert more.history.epoch_progress == 4 / 6          # (143 rows in batches of 24: 6 an epoch, 4 done)
    with_extra(more, np.concatenate([extra[0], [[0.0, 0.0]]]).astype(np.float32),
               np.concatenate([extra[1], [[0.0]]]).astype(np.float32))
    train(more, 5)
    assert more.step_count == 15 and more.history.epoch_progress == 5 / 6
