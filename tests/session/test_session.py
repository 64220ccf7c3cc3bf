"""TrainingSession without Qt: the intents, their events, training in chunks, snapshots, projects."""
import numpy as np
import pytest

from nnstudio.data import load_dataset
from nnstudio.engine.spec import LayerSpec, NetworkSpec, SpecError
from nnstudio.session.config import DataChoice, TrainingConfig
from nnstudio.session.history import Series
from nnstudio.session.policy import adapt_spec, allowed_problems
from nnstudio.session.presets import XOR_TRAINING as DEFAULT_TRAINING
from nnstudio.session.project import load_project, save_project
from nnstudio.session.session import TrainingSession

LECTURE_XOR = [np.array([[5.0, -7.0], [5.0, -7.0]]), np.array([-8.0, 3.0]), np.array([[-11.0], [-11.0]]),
               np.array([6.0])]


class Recorder:
    """Every event of a session, in order, with its arguments."""

    def __init__(self, session):
        self.seen = []
        for name in ("editing", "spec", "data", "config", "weights", "progress", "changed"):
            getattr(session.events, name).connect(lambda *args, name=name: self.seen.append(name))

    def names(self):
        return list(self.seen)


def train(session, steps):
    with session.lock:
        report = session.train_chunk(steps, 10.0)
    assert report.error is None
    return report


def test_starts_as_the_lecture_demo():
    s = TrainingSession()
    assert s.key == "xor" and s.dataset.n_train == 4
    assert s.spec == NetworkSpec.xor_default()
    assert s.config == DEFAULT_TRAINING and s.config.optimizer == "sgd" and s.config.lr == 3.0
    assert s.step_count == 0 and s.ready() is None


def test_training_in_chunks_counts_steps_epochs_and_fills_the_snapshot():
    s = TrainingSession()
    report = train(s, 25)
    assert report.steps == 25 and s.step_count == 25 and s.history.epoch == 25   # XOR: one batch per epoch
    with s.lock:
        snap = s.snapshot(running=False)
    assert snap.step == 25 and len(snap.step_loss) == 25 and len(snap.epoch_loss) == 25
    assert [w.shape for w in snap.weights] == [(2, 2), (2,), (2, 1), (1,)]
    assert snap.boundary.shape == (100, 100) and len(snap.neuron_maps) == 2
    assert snap.grad_w_norm.shape == (1, 2)
    with pytest.raises(ValueError):
        snap.weights[0][0, 0] = 1.0


def test_the_boundary_grows_to_the_plots_shape_and_the_neuron_maps_keep_the_data_extent():
    s = TrainingSession(load_dataset("circle", seed=0))
    x0, x1, y0, y1 = s.dataset.extent
    with s.lock:
        before = s.snapshot(running=False)
    assert before.boundary_extent is None and before.extent == s.dataset.extent
    s.set_plane_aspect(2.0)                 # a plot twice as wide as tall
    with s.lock:
        snap = s.snapshot(running=False)
    bx0, bx1, by0, by1 = snap.boundary_extent
    assert (bx1 - bx0) == pytest.approx(2.0 * (by1 - by0))
    assert (by0, by1) == (y0, y1) and bx0 < x0 and bx1 > x1                  # grown sideways only, centred
    assert (bx0 + bx1) / 2 == pytest.approx((x0 + x1) / 2)
    assert snap.boundary.shape == (100, 100) and snap.extent == s.dataset.extent
    np.testing.assert_array_equal(snap.neuron_maps[0], before.neuron_maps[0])   # the editor's maps: the data's area


def test_the_training_is_the_engines_own_bit_for_bit():
    """The session trains through fit_iter with the model's own shuffle: the same run as the engine alone."""
    ds = load_dataset("moons", seed=0)
    s = TrainingSession(ds, config=TrainingConfig(optimizer="adam", lr=0.01, batch_size=16))
    train(s, 40)
    model = s.spec.build(seed=0, optimizer=TrainingConfig(optimizer="adam", lr=0.01).make_optimizer())
    gen = model.fit_iter(ds.x_train, ds.y_train, batch_size=16, validation_data=(ds.x_test, ds.y_test))
    steps = 0
    for rec in gen:
        steps += hasattr(rec, "batch")
        if steps == 40:
            break
    for a, b in zip(s.weights(), model.get_weights()):
        np.testing.assert_array_equal(a, b)


def test_kernels_are_pending_only_for_networks_that_take_them_while_they_are_not_built(monkeypatch):
    from nnstudio.engine import _fused
    monkeypatch.setattr(_fused, "ready", lambda: False)
    xor = TrainingSession()
    assert not xor.kernels_pending()                       # 9 weights: NumPy only, nothing to compile
    big = TrainingSession(load_dataset("moons", seed=0),
                          spec=NetworkSpec(2, (LayerSpec(200, "relu"), LayerSpec(100, "relu")),
                                           LayerSpec(1, "sigmoid")),
                          config=TrainingConfig(optimizer="adam", lr=0.01, batch_size=16))
    assert big.kernels_pending()                           # 20,801 weights stepped by Adam's kernel
    monkeypatch.undo()
    big.prepare_kernels()
    assert not big.kernels_pending() and _fused.ready()


def test_a_new_network_keeps_the_weights_its_shapes_allow():
    s = TrainingSession()
    s.set_weights(LECTURE_XOR)
    events = Recorder(s)
    wider = NetworkSpec(2, (LayerSpec(3, "sigmoid"),), LayerSpec(1, "sigmoid"))
    s.set_spec(wider)
    assert events.names() == ["editing", "spec", "changed"]
    w = s.weights()
    np.testing.assert_array_equal(w[0][:, :2], LECTURE_XOR[0])     # the old units keep their weights
    np.testing.assert_array_equal(w[2][:2], LECTURE_XOR[2])
    assert w[0].shape == (2, 3)


def test_an_impossible_network_is_refused_and_nothing_changes():
    s = TrainingSession()
    events = Recorder(s)
    bad = NetworkSpec(2, (LayerSpec(2, "softmax"),), LayerSpec(1, "sigmoid"))
    with pytest.raises(SpecError, match="softmax belongs in the output layer"):
        s.set_spec(bad)
    huge = NetworkSpec(2, (LayerSpec(5000, "relu"),), LayerSpec(1, "sigmoid"))
    with pytest.raises(SpecError, match="at most 4096 neurons"):
        s.set_spec(huge)
    assert s.spec == NetworkSpec.xor_default() and events.names() == []


def test_the_learning_rate_changes_live_and_the_optimizer_keeps_its_state():
    s = TrainingSession(config=TrainingConfig(optimizer="sgd", lr=1.0, options={"momentum": 0.9}))
    train(s, 3)
    buffers = [b.copy() for b in s._model.optimizer.momentum_buffer]
    s.set_config(lr=0.1, options={"momentum": 0.5})
    opt = s._model.optimizer
    assert opt.lr == 0.1 and opt.momentum == 0.5
    np.testing.assert_array_equal(opt.momentum_buffer[0], buffers[0])   # the velocity is kept
    # a new optimizer starts empty; the weights stay
    before = s.weights()
    s.set_config(optimizer="adam")
    assert s.config.options == () and s._model.optimizer.name == "adam"
    for a, b in zip(before, s.weights()):
        np.testing.assert_array_equal(a, b)


def test_a_hyper_parameter_set_back_to_its_default_is_what_the_next_step_uses():
    s = TrainingSession()
    s.set_config(options={"momentum": 0.9, "nesterov": True})
    train(s, 2)
    s.set_config(options={"momentum": 0.0, "nesterov": False})      # back to plain SGD (both are defaults)
    assert s.config.options == ()
    assert (s._model.optimizer.momentum, s._model.optimizer.nesterov) == (0.0, False)  # it went on with 0.9
    s.set_config(options={"momentum": 0.9, "nesterov": True})
    s.set_config(options={"dampening": 0.5, "nesterov": False})      # raised: the old Nesterov with dampening
    assert dict(s.config.options) == {"momentum": 0.9, "dampening": 0.5}
    assert (s._model.optimizer.dampening, s._model.optimizer.nesterov) == (0.5, False)


def test_bad_training_settings_are_refused_and_nothing_changes():
    s = TrainingSession()
    for changes in ({"lr": -1.0}, {"batch_size": 0}, {"optimizer": "lbfgs"},
                    {"options": {"momentum": -0.5}}, {"options": {"nesterov": True}}):
        with pytest.raises(ValueError):
            s.set_config(**changes)
        assert s.config == DEFAULT_TRAINING


def test_new_data_adapts_the_network_and_follows_the_suggested_settings():
    s = TrainingSession()
    events = Recorder(s)
    s.use_dataset(load_dataset("three_blobs"), DataChoice(key="three_blobs"))
    assert s.spec.problem == "multiclass" and s.spec.output.units == 3 and s.spec.output.activation == "softmax"
    assert (s.config.optimizer, s.config.lr, s.config.batch_size) == ("adam", 0.01, 16)   # suggested for toy sets
    assert events.names() == ["editing", "config", "spec", "data", "progress", "changed"]
    # the learner's own settings stay on the next data set
    s.set_config(lr=0.05)
    s.use_dataset(load_dataset("moons"), DataChoice(key="moons"))
    assert s.config.lr == 0.05 and s.spec.problem == "binary"


def test_a_diverged_network_starts_from_fresh_weights_on_new_data():
    s = TrainingSession()
    weights = s.weights()
    weights[0][0, 0] = np.nan
    s.set_weights(weights)
    s.use_dataset(load_dataset("moons"), DataChoice(key="moons"))
    assert all(np.isfinite(w).all() for w in s.weights())


def test_points_added_on_the_plot_grow_the_plane():
    s = TrainingSession()
    after = s.dataset.with_points([3.0, 3.0], [1])
    s.set_training_data(after)
    assert s.dataset.n_train == 5 and s.dataset.extent[1] > 3.0 and s.dataset.extent[3] > 3.0
    train(s, 1)   # the new point is trained on
    assert s.n_train == 5


def test_weights_set_by_hand_are_scored_until_the_next_step():
    s = TrainingSession()
    s.set_weights(LECTURE_XOR)
    with s.lock:
        snap = s.snapshot(False)
    loss, accuracy = snap.hand_set_score
    assert accuracy == 1.0 and loss < 0.02
    train(s, 1)
    with s.lock:
        assert s.snapshot(False).hand_set_score is None


def test_the_readout_scores_weights_set_by_hand_at_once():
    s = TrainingSession()
    train(s, 3)
    before = s.readout()
    assert before.step == 3 and before.hand_set_score is None and before.accuracy == before.accuracy
    s.set_weights(LECTURE_XOR)      # no snapshot in between: the readout itself scores the new weights
    loss, accuracy = s.readout().hand_set_score
    assert accuracy == 1.0 and loss < 0.02 and s.readout().step == 3


def test_a_network_changed_after_training_is_scored_not_shown_with_the_old_loss():
    s = TrainingSession()
    s.set_weights(LECTURE_XOR)
    train(s, 2)
    assert s.readout().hand_set_score is None           # trained on: the last batch's loss
    s.set_spec(NetworkSpec(2, (LayerSpec(2, "tanh"),), LayerSpec(1, "sigmoid"), "binary"))
    loss, accuracy = s.readout().hand_set_score          # the same weights through tanh: half of XOR wrong
    assert accuracy == 0.5 and s.readout().step == 2


def test_a_big_network_is_scored_by_the_next_snapshot_not_in_the_readout():
    from nnstudio.data import Dataset
    rng = np.random.default_rng(0)
    x = rng.normal(size=(3000, 784)).astype(np.float32)
    y = (x[:, :1] > 0).astype(np.float32)
    s = TrainingSession()
    s.use_dataset(Dataset("made-up", x, y, x[:10], y[:10], "binary", 1), DataChoice(key="made-up"))
    train(s, 2)
    s.set_weights([w * 0.5 for w in s.weights()])       # 3000 samples × 12,577 weights: too slow to score here
    pending = s.readout()
    assert pending.loss is None and pending.hand_set_score is None and pending.step == 2   # no stale loss
    with s.lock:
        scored = s.snapshot(False).hand_set_score
    assert scored is not None and s.readout().hand_set_score == scored


def diverged_sine_session():
    """A session whose SGD at lr 50 diverged on the sine, and the report of the chunk that found it."""
    ds = load_dataset("sine")
    spec = NetworkSpec(1, (LayerSpec(8, "relu"),), LayerSpec(1, "linear"), "regression")
    s = TrainingSession(ds, spec=spec, config=TrainingConfig(optimizer="sgd", lr=50.0, batch_size=32))
    for _ in range(100):
        with s.lock:
            report = s.train_chunk(1000, 1.0)
        if report.error is not None:
            break
    return s, report


def test_divergence_stops_the_chunk_with_advice():
    s, report = diverged_sine_session()
    assert report.error is not None
    text = str(report.error)
    assert "training diverged" in text and "(now 50)" in text and "Reset weights" in text


def test_reset_weights_draws_them_from_the_seed_and_clears_the_history():
    s = TrainingSession()
    first = s.weights()
    train(s, 5)
    events = Recorder(s)
    s.reset_weights()
    assert s.step_count == 0 and events.names() == ["editing", "progress", "changed"]
    for a, b in zip(first, s.weights()):
        np.testing.assert_array_equal(a, b)
    s.set_config(seed=7)
    s.reset_weights()
    assert not np.array_equal(first[0], s.weights()[0])


def test_a_project_round_trip_restores_everything(tmp_path):
    s = TrainingSession(load_dataset("moons", seed=2), config=TrainingConfig(optimizer="adam", lr=0.02, seed=2),
                        choice=DataChoice(key="moons"))
    s.set_training_data(s.dataset.with_points([0.5, 0.5], [1]))
    train(s, 30)
    path = save_project(tmp_path / "p.nnsproj", s.to_project())
    other = TrainingSession()
    project = load_project(path)
    state = other.prepare_project(project, project.dataset)
    assert other.key == "xor"              # prepared, not yet switched
    other.adopt(state)
    assert other.key == "moons" and other.config == s.config and other.spec == s.spec
    assert other.dataset.n_train == s.dataset.n_train
    for a, b in zip(s.weights(), other.weights()):
        np.testing.assert_array_equal(a, b)
    assert other.step_count == 30 and other.history.epochs.n == s.history.epochs.n
    train(other, 1)
    assert other.step_count == 31


def test_a_project_that_does_not_fit_its_data_changes_nothing(tmp_path):
    s = TrainingSession()
    project = s.to_project()
    with pytest.raises(ValueError, match=r"input size \(2\) is not the data's number of features \(1\)"):
        s.prepare_project(project, load_dataset("sine"))
    assert s.key == "xor" and s.dataset.n_train == 4
    with pytest.raises(ValueError, match=r"^The network's output layer \(1 unit, binary\) does not fit the data\.$"):
        s.prepare_project(project, load_dataset("spiral3"))


def test_history_round_trip():
    s = TrainingSession()
    train(s, 30)
    hist = s.history_arrays()
    assert len(hist["steps"]) == 30 and hist["epoch_values"].shape == (30, 4)
    s.reset_weights()
    assert s.step_count == 0 and len(s.history_arrays()["steps"]) == 0
    s.restore_history(hist)
    train(s, 1)
    assert s.step_count == 31 and s.history.steps.n == 31


def test_long_histories_are_capped_but_keep_their_shape():
    series = Series(1, 100)
    for step in range(1, 1001):
        series.add(step, (1.0 / step,))
    x, y = series.arrays()
    assert 50 <= len(x) <= 100 and x[-1] > 900 and np.all(np.diff(x) > 0)
    assert np.all(np.diff(y[:, 0]) < 0)   # still decreasing like the data


def test_problem_policy():
    assert allowed_problems(load_dataset("xor")) == {"binary": 1, "regression": 1}
    assert allowed_problems(load_dataset("spiral3")) == {"multiclass": 3, "multilabel": 3}
    spec = adapt_spec(NetworkSpec.xor_default(), load_dataset("sine"))
    assert spec.input_dim == 1 and spec.problem == "regression" and spec.output.activation == "linear"


def test_the_rate_readout_averages_over_recent_seconds():
    from nnstudio.session.session import _RateMeter

    meter = _RateMeter()
    meter.measure(0.0)
    for t in range(1, 11):                  # 1,000 samples a second, in uneven chunks
        meter.add(400 if t % 2 else 1600)
        meter.measure(float(t))
    assert meter.rate == pytest.approx(1000, rel=0.25)


# -- presets: suggestions and examples ---------------------------------------------------------------------------
def test_each_data_set_comes_with_a_suggested_network_and_settings():
    from nnstudio.session.presets import suggested_spec, suggested_training

    mnist_like = load_dataset("three_blobs")
    assert suggested_spec("spiral", load_dataset("spiral")).sizes == (2, 8, 8, 6, 1)
    assert suggested_spec("xor", load_dataset("xor")) == NetworkSpec.xor_default()
    assert suggested_spec("three_blobs", mnist_like).output.activation == "softmax"
    assert (suggested_training("mnist").optimizer, suggested_training("mnist").batch_size) == ("adam", 128)
    s = TrainingSession()
    s.use_dataset(load_dataset("spiral"), DataChoice(key="spiral"))   # untouched demo: the spiral's own set-up
    assert s.spec.sizes == (2, 8, 8, 6, 1) and s.config.speed == 0 and s.follows_suggestions()


def test_a_network_the_learner_built_is_kept_on_new_data_and_the_suggestion_is_one_click_away():
    s = TrainingSession()
    s.set_spec(NetworkSpec(2, (LayerSpec(5, "relu"),), LayerSpec(1, "sigmoid")))
    s.use_dataset(load_dataset("moons"), DataChoice(key="moons"))
    assert s.spec.sizes == (2, 5, 1) and not s.follows_suggestions()
    events = Recorder(s)
    s.use_suggested_setup()
    assert s.spec.sizes == (2, 8, 1) and s.follows_suggestions() and s.step_count == 0
    assert "progress" in events.names()


def test_a_speed_the_learner_chose_stays_on_new_data_and_an_untouched_one_follows_the_data():
    s = TrainingSession()                                   # XOR: SGD 3, 100 steps a second
    s.set_config(speed=10)                                  # slow, to watch
    s.use_dataset(load_dataset("moons"), DataChoice(key="moons"))
    assert (s.config.optimizer, s.config.lr, s.config.speed) == ("adam", 0.01, 10)
    s.use_dataset(load_dataset("xor"), DataChoice(key="xor"))
    assert (s.config.optimizer, s.config.lr, s.config.speed) == ("sgd", 3.0, 10)
    s.restore_suggested_settings()                          # the suggestion is one click away
    assert s.config.speed == 100
    s.use_dataset(load_dataset("moons"), DataChoice(key="moons"))      # never chosen: the data's own speed
    assert (s.config.optimizer, s.config.speed) == ("adam", 0)


def test_restoring_suggested_settings_keeps_the_network():
    s = TrainingSession()
    s.set_config(optimizer="adam", lr=0.5, speed=0)
    weights = s.weights()
    s.restore_suggested_settings()
    assert (s.config.optimizer, s.config.lr, s.config.speed) == ("sgd", 3.0, 100)
    for a, b in zip(weights, s.weights()):
        np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("key", ["xor", "xor_by_hand", "vanishing", "relu_deep", "spirals", "three_classes", "sine"])
def test_every_example_loads_its_data_network_and_settings(key):
    from nnstudio.session.presets import EXAMPLES

    example = EXAMPLES[key]
    s = TrainingSession()
    dataset = load_dataset(example.choice.key)
    s.adopt(s.prepare_example(example, dataset))
    assert s.key == example.choice.key and s.config == example.config
    assert s.spec.hidden == example.hidden
    if example.weights is not None:
        for a, b in zip(s.weights(), example.weights):
            np.testing.assert_array_equal(a, b)
    train(s, 3)


def test_the_xor_by_hand_example_solves_xor_untrained():
    from nnstudio.session.presets import EXAMPLES

    s = TrainingSession()
    s.adopt(s.prepare_example(EXAMPLES["xor_by_hand"], load_dataset("xor")))
    out = s.inference_model().predict(s.dataset.x_train)[:, 0]
    np.testing.assert_array_equal(out > 0.5, [False, True, True, False])


# -- stopping by itself -----------------------------------------------------------------------------------------
def test_an_epoch_limit_stops_training_with_the_reason():
    s = TrainingSession(load_dataset("moons"), config=TrainingConfig(optimizer="adam", lr=0.01, batch_size=16,
                                                                        max_epochs=3))
    steps = 0
    for _ in range(100):
        with s.lock:
            report = s.train_chunk(1000, 1.0)
        steps += report.steps
        if report.stop is not None:
            break
    assert report.stop is not None and "after 3 epochs" in str(report.stop)
    assert s.history.epoch == 3 and steps == 3 * 9     # 140 training points in batches of 16


def test_an_epoch_limit_of_one_says_one_epoch():
    s = TrainingSession(load_dataset("moons"), config=TrainingConfig(optimizer="adam", lr=0.01, batch_size=140,
                                                                        max_epochs=1))
    with s.lock:
        report = s.train_chunk(1000, 1.0)
    assert str(report.stop) == "Stopped after 1 epoch, the limit set in the training settings."


def test_early_stopping_waits_for_the_test_loss_to_stop_improving():
    # a big network on few noisy points overfits: the test loss turns up and training stops
    ds = load_dataset("moons", n=60, noise=0.35)
    spec = NetworkSpec(2, (LayerSpec(64, "relu", "he_uniform"), LayerSpec(64, "relu", "he_uniform")),
                       LayerSpec(1, "sigmoid"))
    s = TrainingSession(ds, spec=spec, config=TrainingConfig(optimizer="adam", lr=0.01, batch_size=42,
                                                             early_stopping=20))
    for _ in range(2000):
        with s.lock:
            report = s.train_chunk(1000, 1.0)
        if report.stop is not None:
            break
    assert report.stop is not None and "not improved for 20 epochs" in str(report.stop)
    val = s.history.epochs.arrays()[1][:, 2]
    best = int(np.argmin(val))
    assert len(val) - 1 - best == 20                   # stopped exactly 20 epochs after the best one


def test_augmentation_trains_on_new_variants_of_the_images():
    from nnstudio.data import Dataset

    x = np.zeros((32, 784), np.float32)
    x[:, 300:310] = 1.0                                  # the same image 32 times
    ds = Dataset("digits", x, np.arange(32) % 10, x[:8], np.arange(8) % 10, "multiclass", 10)
    s = TrainingSession(ds, config=TrainingConfig(optimizer="sgd", lr=0.1, batch_size=32, augment=True))
    seen = []
    model = s._model
    original = model.train_step
    model.train_step = lambda xb, yb: (seen.append(xb.copy()), original(xb, yb))[1]
    train(s, 2)
    assert len(seen) == 2 and not np.array_equal(seen[0], seen[1])       # a fresh variant every time
    assert not np.array_equal(seen[0][0], x[0])


def test_a_finite_but_exploding_loss_counts_as_diverged():
    # Adam at lr 1e6 on the moons runs on at a loss of ~1e5 without ever reaching NaN
    s = TrainingSession(load_dataset("moons"), config=TrainingConfig(optimizer="adam", lr=1e6, batch_size=16))
    for _ in range(50):
        with s.lock:
            report = s.train_chunk(100, 1.0)
        if report.error is not None:
            break
    assert report.error is not None and "training diverged" in str(report.error)
    assert "Reset weights" in str(report.error) and s.step_count < 200


def test_a_network_beyond_the_memory_limit_is_refused_before_anything_is_allocated(monkeypatch):
    from nnstudio.engine.memory import MemoryLimitError

    monkeypatch.setenv("NNSTUDIO_MEMORY_LIMIT", "64M")
    s = TrainingSession()
    wide = NetworkSpec(2, (LayerSpec(4096, "relu"), LayerSpec(4096, "relu")), LayerSpec(1, "sigmoid"))
    with pytest.raises(MemoryLimitError, match="limit"):
        s.check_spec(wide)
    with pytest.raises(MemoryLimitError):
        s.set_spec(wide)
    assert s.spec == NetworkSpec.xor_default()


def test_the_state_digest_names_what_a_project_file_would_hold():
    s = TrainingSession()
    saved = s.state_digest()
    assert s.state_digest() == saved
    s.set_config(lr=0.5)
    assert s.state_digest() != saved
    s.set_config(lr=3.0)
    assert s.state_digest() == saved                      # back as it was
    weights = s.weights()
    s.set_weights([w + 1 for w in weights])
    assert s.state_digest() != saved
    s.set_weights(weights)
    assert s.state_digest() == saved
    s.set_training_data(s.dataset.without_point(0))
    assert s.state_digest() != saved
    train(s, 1)
    assert s.state_digest() != saved


def test_diverged_weights_train_no_further_until_reset():
    s, _ = diverged_sine_session()
    step = s.step_count
    assert s.ready() is not None and "(now 50)" in str(s.ready())
    s.set_config(lr=0.01)
    assert "Reset weights to start again with the learning rate 0.01" in str(s.divergence())
    s.reset_weights()
    assert s.ready() is None and s.divergence() is None and s.step_count == 0 < step
