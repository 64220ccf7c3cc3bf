"""Optimizer race: one template copied, one batch stream, lockstep records; fairness and divergence."""
import math

import numpy as np
import pytest

from nnstudio.data import load_dataset
from nnstudio.engine import Dense, Dropout, Sequential
from nnstudio.engine.batches import BatchStream
from nnstudio.engine.race import PRESETS, Race, RaceRecord, parse_contestant

from .helpers import PlainSGD, XOR_X, XOR_Y

CONTESTANTS = {"sgd": {"name": "sgd", "lr": 0.3}, "momentum": {"name": "sgd", "lr": 0.1, "momentum": 0.9},
               "adagrad": {"name": "adagrad", "lr": 0.1}, "rmsprop": {"name": "rmsprop", "lr": 0.01},
               "adam": {"name": "adam", "lr": 0.01}, "adamw": {"name": "adamw", "lr": 0.01}}


def small_problem(n=60, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, 3))
    y = (x[:, :1] * x[:, 1:2] > 0).astype(np.float64)
    return x, y


def net(seed=0, dropout=0.3, dtype="float64"):
    layers = [Dense(8, input_dim=3, activation="tanh")]
    if dropout:
        layers.append(Dropout(dropout))
    layers += [Dense(6, activation="relu"), Dense(1, activation="sigmoid")]
    model = Sequential(layers, seed=seed, dtype=dtype)
    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])
    return model


def curves(records, name):
    return [r[name].loss for r in records]


def test_every_contestant_starts_from_the_template_and_sees_the_same_first_batch():
    x, y = small_problem()
    template = net()
    before = template.get_weights()
    race = Race(template, CONTESTANTS, seed=3)
    for model in race.models.values():
        for p, q in zip(model.get_weights(), before):
            np.testing.assert_array_equal(p, q)
    first = next(race.run(x, y, batch_size=16))
    assert isinstance(first, RaceRecord) and first.step == 1 and first.names == tuple(CONTESTANTS)
    assert len({c.loss for c in first.contestants}) == 1           # same weights, same batch, same dropout
    assert all(c.accuracy is not None and c.diverged_at is None for c in first.contestants)
    for p, q in zip(template.get_weights(), before):              # the template itself is never trained
        np.testing.assert_array_equal(p, q)


def test_two_identical_contestants_run_bit_identical_curves_with_dropout():
    x, y = small_problem()
    race = Race(net(dropout=0.5), {"a": {"name": "adam", "lr": 0.01}, "b": {"name": "adam", "lr": 0.01},
                                   "c": {"name": "adam", "lr": 0.02}}, seed=1)
    records = list(race.run(x, y, batch_size=16, steps=40))
    assert curves(records, "a") == curves(records, "b")
    assert curves(records, "a") != curves(records, "c")
    for p, q in zip(race.models["a"].get_weights(), race.models["b"].get_weights()):
        np.testing.assert_array_equal(p, q)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_each_contestant_equals_a_model_trained_alone_with_train_on_batch(dtype):
    """A contestant is exactly Sequential(same layers, seed) + its optimizer, trained by train_on_batch on the
    race stream's batches: same weights, same dropout masks (its own copy of the Generator), same losses."""
    x, y = small_problem()
    race = Race(net(seed=4, dtype=dtype), CONTESTANTS, seed=9)
    records = list(race.run(x, y, batch_size=16, steps=25))
    stream = BatchStream(len(x), 16, seed=9)
    for name, config in CONTESTANTS.items():
        alone = net(seed=4, dtype=dtype)
        alone.compile(optimizer=config, loss="binary_crossentropy", metrics=["accuracy"])
        losses = []
        for k in range(25):
            idx = stream.batch(*divmod(k, stream.batches))
            losses.append(alone.train_on_batch(x[idx], y[idx]))
        assert curves(records, name) == losses, name
        for p, q in zip(race.models[name].get_weights(), alone.get_weights()):
            np.testing.assert_array_equal(p, q)


def test_batches_replay_a_race_exactly_and_fingerprints_say_so():
    x, y = small_problem()
    race = Race(net(), CONTESTANTS, seed=5)
    records = list(race.run(x, y, batch_size=16, steps=30))
    stream = race.stream(len(x), 16)
    given = [stream.batch(*divmod(k, stream.batches)) for k in range(30)]
    replay = Race(net(), CONTESTANTS, seed=123)                  # its own stream is not used
    again = list(replay.run(x, y, batches=given))
    assert len(again) == 30 and again[0].epoch is None
    for name in CONTESTANTS:
        assert curves(again, name) == curves(records, name)
    assert replay.weights_fingerprint == race.weights_fingerprint
    assert [r.batches_fingerprint for r in again] == [r.batches_fingerprint for r in records]
    other = Race(net(), CONTESTANTS, seed=6)
    assert list(other.run(x, y, batch_size=16, steps=1))[0].batches_fingerprint != records[0].batches_fingerprint
    assert Race(net(seed=1), CONTESTANTS).weights_fingerprint != race.weights_fingerprint


def test_runs_continue_where_the_last_stopped_and_reset_replays_the_start():
    x, y = small_problem()
    race = Race(net(), CONTESTANTS, seed=2)
    whole = list(Race(net(), CONTESTANTS, seed=2).run(x, y, batch_size=16, steps=12))
    part = list(race.run(x, y, batch_size=16, steps=5)) + list(race.run(x, y, batch_size=16, steps=7))
    assert [r.step for r in part] == list(range(1, 13))
    assert [r["adam"].loss for r in part] == [r["adam"].loss for r in whole]
    adam = race.models["adam"]
    race.reset()
    assert race.steps == 0 and race.models["adam"] is adam and race.optimizers["adam"].iterations == 0
    again = list(race.run(x, y, batch_size=16, steps=12))
    for name in CONTESTANTS:                                     # dropout masks too: net() has Dropout(0.3)
        assert [r[name].loss for r in again] == [r[name].loss for r in whole]
    assert again[-1].batches_fingerprint == whole[-1].batches_fingerprint


def test_a_rate_changed_between_steps_takes_effect_at_the_next_step():
    x, y = small_problem()
    race = Race(net(dropout=0), {"sgd": {"name": "sgd", "lr": 0.1}})
    run = race.run(x, y, batch_size=16, steps=10)
    losses = [next(run)["sgd"].loss for _ in range(3)]
    race.optimizers["sgd"].lr = 0.5
    losses += [r["sgd"].loss for r in run]
    alone = net(dropout=0)
    alone.compile(optimizer={"name": "sgd", "lr": 0.1}, loss="binary_crossentropy")
    stream = race.stream(len(x), 16)
    expected = []
    for k in range(10):
        if k == 3:
            alone.optimizer.lr = 0.5
        idx = stream.batch(*divmod(k, stream.batches))
        expected.append(alone.train_on_batch(x[idx], y[idx]))
    assert losses == expected


def test_set_hyperparameters_turns_momentum_on_mid_race_and_keeps_the_state():
    x, y = small_problem()
    race = Race(net(dropout=0), {"m": {"name": "sgd", "lr": 0.1, "momentum": 0.5}, "a": "adam",
                                 "s": {"name": "sgd", "lr": 0.1}})
    run = race.run(x, y, batch_size=16, steps=6)
    for _ in range(3):
        next(run)
    buffer = race.optimizers["m"].momentum_buffer[0].copy()
    race.set_hyperparameters("m", momentum=0.9, nesterov=True)
    race.set_hyperparameters("a", amsgrad=True, lr=0.002)
    race.set_hyperparameters("s", momentum=0.9)
    opt = race.optimizers["m"]
    assert opt.momentum == 0.9 and opt.nesterov and opt.iterations == 3
    np.testing.assert_array_equal(opt.momentum_buffer[0], buffer)
    assert race.optimizers["a"].amsgrad and race.optimizers["a"].iterations == 3
    next(run)
    # momentum switched on: its new buffer starts as the first gradient it sees, as in PyTorch
    s = race.models["s"]
    np.testing.assert_array_equal(race.optimizers["s"].momentum_buffer[0], s._flat_grads)
    assert all(math.isfinite(r["a"].loss) for r in run)
    with pytest.raises(ValueError, match="momentum"):
        race.set_hyperparameters("m", momentum=-1)
    with pytest.raises(ValueError, match="add a contestant"):
        race.set_hyperparameters("m", name="adam")


def test_a_diverging_contestant_is_marked_and_stops_while_the_others_finish():
    x, y = XOR_X.astype(np.float64), XOR_Y.astype(np.float64)
    template = Sequential([Dense(4, input_dim=2, activation="relu"), Dense(1, activation="linear")], seed=0,
                          dtype="float64")
    template.compile(optimizer="sgd", loss="mse")
    race = Race(template, {"wild": {"name": "sgd", "lr": 5.0}, "calm": {"name": "sgd", "lr": 0.05}})
    records = list(race.run(x, y, batch_size=4, steps=60))
    assert len(records) == 60
    at = records[-1]["wild"].diverged_at
    assert at is not None and at < 60
    start = records[0]["wild"].loss
    hit = records[at - 1]["wild"]
    assert hit.diverged_at == at and (not math.isfinite(hit.loss) or hit.loss > 1e3 * start)
    assert all(r["wild"].diverged_at is None for r in records[:at - 1])
    after = records[at]["wild"]
    assert after.loss is None and after.step_sizes == () and after.seconds == hit.seconds
    assert all(r["calm"].diverged_at is None and math.isfinite(r["calm"].loss) for r in records)
    assert race.models["wild"].steps == at and race.models["calm"].steps == 60
    assert {s.name: s.diverged_at for s in race.standings()} == {"wild": at, "calm": None}


def test_when_every_contestant_has_diverged_the_run_ends():
    x, y = XOR_X.astype(np.float64), XOR_Y.astype(np.float64)
    template = Sequential([Dense(1, input_dim=2, activation="linear")], seed=0, dtype="float64")
    template.compile(optimizer="sgd", loss="mse")
    race = Race(template, {"a": {"name": "sgd", "lr": 10.0}}, divergence_factor=10)
    records = list(race.run(x, y, batch_size=4))               # steps=None: until all have stopped
    assert records[-1]["a"].diverged_at == len(records) < 20


def test_step_sizes_are_the_rate_for_sgd_and_decay_for_adagrad():
    x, y = small_problem()
    race = Race(net(dropout=0), {"sgd": {"name": "sgd", "lr": 0.2}, "adagrad": {"name": "adagrad", "lr": 0.1},
                                 "plain": PlainSGD(0.2)})
    records = list(race.run(x, y, batch_size=16, steps=40))
    for r in records:
        assert len(r["sgd"].step_sizes) == 3
        np.testing.assert_allclose(r["sgd"].step_sizes, 0.2, rtol=1e-12)
        assert r["plain"].step_sizes == r["sgd"].step_sizes       # any optimizer with `updates` is measured
    first, last = records[0]["adagrad"].step_sizes, records[-1]["adagrad"].step_sizes
    assert all(b < a / 3 for a, b in zip(first, last))            # ~ lr / sqrt(sum of squared gradients)
    assert list(race.run(x, y, steps=1, step_sizes=False))[0]["sgd"].step_sizes == ()


def test_seconds_accumulate_and_validation_runs_once_per_epoch():
    x, y = small_problem()
    race = Race(net(), {"a": "adam", "s": {"name": "sgd", "lr": 0.1}})
    records = list(race.run(x, y, batch_size=16, steps=9, validation_data=small_problem(20, seed=1)))
    seconds = [r["a"].seconds for r in records]
    assert all(b > a for a, b in zip(seconds, seconds[1:]))
    evaluated = [r.step for r in records if r["a"].val_loss is not None]
    assert evaluated == [4, 8]                                    # 60 samples / 16 = 4 batches an epoch
    assert all(0 <= r["s"].val_accuracy <= 1 for r in records if r["s"].val_loss is not None)
    assert [(r.epoch, r.batch, r.batch_size) for r in records[2:5]] == [(0, 2, 16), (0, 3, 12), (1, 0, 16)]


def test_compiled_kernels_are_made_ready_before_the_first_timed_step(monkeypatch):
    """A network large enough for the compiled kernels: they compile (or load) before the race's clock runs,
    so the first contestant's seconds hold no compiling; a small one never starts the compiler."""
    from nnstudio.engine import _fused
    events = []
    monkeypatch.setattr(_fused, "warm_up", lambda: events.append("warm up"))
    rng = np.random.default_rng(0)
    x, y = rng.random((64, 300), dtype=np.float32), rng.integers(0, 3, 64)
    big = Sequential([Dense(60, input_dim=300, activation="relu"), Dense(3, activation="softmax")], seed=0)
    big.compile("adam", "sparse_categorical_crossentropy")
    assert big.count_params() >= _fused.MIN_SIZE
    race = Race(big, {"a": "adam", "s": {"name": "sgd", "momentum": 0.9}})
    for model in race.models.values():
        step = model.train_step
        monkeypatch.setattr(model, "train_step", lambda *a, step=step: events.append("step") or step(*a))
    list(race.run(x, y, batch_size=32, steps=2))
    assert events == ["warm up", "step", "step", "step", "step"]
    events.clear()
    small_x, small_y = small_problem()
    list(Race(net(), {"a": "adam"}).run(small_x, small_y, batch_size=16, steps=2))
    assert events == []


def test_contestants_change_only_between_runs_and_only_at_the_start():
    x, y = small_problem()
    race = Race(net(), {"a": "adam"})
    race.add("b", {"name": "sgd", "lr": 0.1})
    with pytest.raises(ValueError, match="already"):
        race.add("b", "adam")
    shared = PlainSGD(0.1)
    race.add("c", shared)
    race.add("d", shared)                                         # copied: the two never share state
    run = race.run(x, y, steps=3)
    next(run)
    with pytest.raises(RuntimeError, match="while the race runs"):
        race.remove("a")
    with pytest.raises(RuntimeError, match="one run at a time"):
        next(race.run(x, y, steps=1))
    run.close()
    assert shared.updates == []
    with pytest.raises(ValueError, match="reset"):
        race.add("e", "adam")
    race.remove("b")
    assert race.names == ("a", "c", "d")
    race.reset()
    race.add("e", "adam")
    with pytest.raises(KeyError):
        race.remove("zz")


def test_bad_templates_and_arguments_get_clear_errors():
    x, y = small_problem()
    uncompiled = Sequential([Dense(1, input_dim=3)])
    with pytest.raises(ValueError, match="compile"):
        Race(uncompiled, {"a": "adam"})
    unbuilt = Sequential([Dense(1)])
    unbuilt.compile(optimizer="sgd", loss="mse")
    with pytest.raises(ValueError, match="input size"):
        Race(unbuilt, {"a": "adam"})
    with pytest.raises(ValueError, match="no contestants"):
        Race(net()).run(x, y)
    race = Race(net(), {"a": "adam"})
    with pytest.raises(ValueError, match="batch_size"):
        race.run(x, y, batch_size=0)
    with pytest.raises(ValueError, match="row indices must lie"):
        next(race.run(x, y, batches=[np.array([0, 60])]))
    with pytest.raises(ValueError, match="integer row indices"):
        next(race.run(x, y, batches=[np.array([0.5])]))
    with pytest.raises(ValueError, match="unknown optimizer"):
        Race(net(), {"a": "adamm"})
    with pytest.raises(ValueError, match="divergence factor"):
        Race(net(), {"a": "adam"}, divergence_factor=1)


def test_standings_give_epoch_losses_and_the_steps_to_a_target():
    x, y = XOR_X.astype(np.float64), XOR_Y.astype(np.float64)
    template = Sequential([Dense(3, input_dim=2, activation="tanh"), Dense(1, activation="sigmoid")], seed=2,
                          dtype="float64")
    template.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])
    race = Race(template, {"adam": {"name": "adam", "lr": 0.1}, "sgd": {"name": "sgd", "lr": 0.01}})
    records = list(race.run(x, y, batch_size=4, steps=300))
    adam, sgd = race.standings(target_loss=0.1)
    losses = [r["adam"].loss for r in records]
    reached = next(i for i, loss in enumerate(losses) if loss <= 0.1)
    assert adam.steps_to_target == reached and adam.loss == losses[-1] and adam.accuracy == 1.0
    assert adam.seconds_to_target == pytest.approx(records[reached - 1]["adam"].seconds)
    assert adam.best_loss == min(losses) and adam.steps == 300 and adam.config["lr"] == 0.1
    assert sgd.steps_to_target is None and sgd.seconds_to_target is None
    assert race.evaluate(x, y)["adam"][1] == 1.0


def test_on_the_spirals_adam_beats_plain_sgd_at_the_same_small_rate():
    ds = load_dataset("spiral", seed=0)
    template = Sequential([Dense(16, input_dim=2, activation="tanh"), Dense(16, activation="tanh"),
                           Dense(1, activation="sigmoid")], seed=0)
    template.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])
    race = Race(template, PRESETS["adam_vs_sgd"][1](lr=0.01), seed=0)
    for _ in race.run(ds.x_train, ds.y_train, batch_size=32, steps=1500):
        pass
    scores = race.evaluate(ds.x_train, ds.y_train)
    assert scores["Adam"][0] < 0.75 * scores["SGD"][0]


def test_contestants_from_text_and_the_presets():
    assert parse_contestant("sgd:lr=0.1,momentum=0.9,nesterov=true") == {
        "name": "sgd", "lr": 0.1, "momentum": 0.9, "nesterov": True}
    assert parse_contestant(" Adam : lr=1e-3, betas=0.8/0.99") == {"name": "adam", "lr": 0.001, "betas": (0.8, 0.99)}
    assert parse_contestant("rmsprop") == {"name": "rmsprop"}
    for text, fragment in (("sgd:lr", "name=value"), ("sgd:lr=fast", "not a number"), ("sgdd", "unknown"),
                           ("sgd:lr=-1", "lr must be"), ("sgd:speed=2", "speed")):
        with pytest.raises(ValueError, match=fragment):
            parse_contestant(text)
    assert list(PRESETS["lecture"][1]()) == ["SGD", "Momentum", "Adagrad", "RMSprop", "Adam"]
    assert list(PRESETS["learning_rates"][1]("adam", (0.1, 1))) == ["Adam η=0.1", "Adam η=1"]
    for _, make in PRESETS.values():
        Race(net(), make())                                      # every preset races


def test_a_race_replays_in_pytorch_from_its_weights_and_batches():
    """What the fingerprints promise: the template's weights and the race's batch order are all another
    framework needs to run the same race (PyTorch's optimizers, autograd and BCE-with-logits here)."""
    torch = pytest.importorskip("torch")
    x, y = small_problem()
    template = net(dropout=0)
    configs = {"nesterov": {"name": "sgd", "lr": 0.1, "momentum": 0.9, "nesterov": True},
               "adagrad": {"name": "adagrad", "lr": 0.1}, "rmsprop": {"name": "rmsprop", "lr": 0.01},
               "adam": {"name": "adam", "lr": 0.01}, "adamw": {"name": "adamw", "lr": 0.01}}
    race = Race(template, configs, seed=8)
    records = list(race.run(x, y, batch_size=16, steps=30))
    stream = race.stream(len(x), 16)
    makers = {"sgd": torch.optim.SGD, "adagrad": torch.optim.Adagrad, "rmsprop": torch.optim.RMSprop,
              "adam": torch.optim.Adam, "adamw": torch.optim.AdamW}
    for name, config in configs.items():
        params = [torch.tensor(w, requires_grad=True) for w in template.get_weights()]
        settings = {k: v for k, v in config.items() if k != "name"}
        opt = makers[config["name"]](params, **settings)
        losses = []
        for k in range(30):
            idx = torch.tensor(stream.batch(*divmod(k, stream.batches)))
            a = torch.tanh(torch.from_numpy(x)[idx] @ params[0] + params[1])
            a = torch.relu(a @ params[2] + params[3])
            z = a @ params[4] + params[5]
            loss = torch.nn.functional.binary_cross_entropy_with_logits(z, torch.from_numpy(y)[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            losses.append(loss.item())
        np.testing.assert_allclose(curves(records, name), losses, rtol=1e-10, err_msg=name)


def test_the_standings_running_means_equal_the_moving_mean_to_the_last_bit():
    """The table's epoch means are kept as steps arrive; they must be what _moving_mean computes over the whole
    curve, for every window (a new run may change it) and target, through NaN and inf losses too."""
    from nnstudio.engine.race import _Track
    from nnstudio.engine.sweep import _moving_mean

    rng = np.random.default_rng(7)
    track = _Track()
    for step in range(1, 400):
        loss = float(rng.lognormal(-1, 1)) if step not in (150, 151) else (math.inf if step == 150 else math.nan)
        track.add(np.float32(loss) if step % 3 else loss, float(rng.random()), int(rng.integers(1, 33)), 0.01 * step)
        if step % 37 and step not in (1, 2, 399):
            continue
        for window in (1, 4, min(10, step)):
            sizes = np.array(track.sizes, dtype=np.float64)
            expected = _moving_mean(np.array(track.losses)[None], sizes, window)[0]
            assert np.array_equal(np.array(track.epoch_means(window)), expected, equal_nan=True)
            finite = expected[np.isfinite(expected)]
            assert track.best(window) == (float(finite.min()) if len(finite) else None)
            accuracy = _moving_mean(np.array(track.accuracies)[None], sizes, window)[0, -1]
            assert track.mean_accuracy(window) == accuracy
            for target in (0.2, 0.5, 5.0):
                hit = np.flatnonzero(expected <= target)
                hit = hit[hit >= window - 1]
                assert track.first_at_or_below(target, window) == (int(hit[0]) if len(hit) else None)
