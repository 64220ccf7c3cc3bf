"""Seed sweep: many seeds × contestants stacked into one computation, equal to one-by-one training."""
import numpy as np
import pytest

from nnstudio.engine import L1L2, Dense, Dropout, LeakyReLU, Sequential
from nnstudio.engine.batches import BatchStream
from nnstudio.engine.sweep import (DEFAULT_RATES, SweepRun, rebuild, seed_sweep, seed_sweep_iter,
                                    tune_learning_rates, tuning_score)

from .helpers import XOR_X, XOR_Y

SIX = {"sgd": {"name": "sgd", "lr": 1.0}, "momentum": {"name": "sgd", "lr": 0.5, "momentum": 0.9},
       "nesterov": {"name": "sgd", "lr": 0.5, "momentum": 0.9, "nesterov": True, "weight_decay": 1e-3},
       "adagrad": {"name": "adagrad", "lr": 0.5}, "rmsprop": {"name": "rmsprop", "lr": 0.05, "centered": True},
       "adamw": {"name": "adamw", "lr": 0.05, "weight_decay": 0.1}}


def xor_net(seed=0, dtype="float64"):
    model = Sequential([Dense(2, input_dim=2, activation="sigmoid"), Dense(1, activation="sigmoid")], seed=seed,
                       dtype=dtype)
    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])
    return model


def one_by_one(make, config, x, y, seed, steps, batch_size=None):
    """The reference: Sequential(seed=s) + the optimizer, train_on_batch on the full batch or the stream of s."""
    model = make(seed)
    model.compile(optimizer=config, loss=model.loss, metrics=model.metrics)
    stream = None if batch_size is None else BatchStream(len(x), batch_size, seed=seed)
    losses = []
    for t in range(steps):
        if stream is None:
            losses.append(model.train_on_batch(x, y))
        else:
            idx = stream.batch(*divmod(t, stream.batches))
            losses.append(model.train_on_batch(x[idx], y[idx]))
    return np.array(losses)


def test_full_batch_xor_sweep_equals_one_by_one_training():
    """Stacked and one by one do the same operations; the batched products may add in another order, so we
    allow 1e-10 relative (on this machine they agree to the last bit)."""
    seeds = (0, 3, 7)
    sweep = seed_sweep(xor_net(), SIX, XOR_X, XOR_Y, seeds, steps=300)
    assert list(sweep) == list(SIX) and sweep.seeds == seeds and sweep.seconds > 0
    for name, config in SIX.items():
        run = sweep[name]
        assert run.losses.shape == run.accuracies.shape == (3, 300) and run.losses.dtype == np.float64
        for j, seed in enumerate(seeds):
            expected = one_by_one(lambda s: xor_net(s), config, XOR_X, XOR_Y, seed, 300)
            np.testing.assert_allclose(run.losses[j], expected, rtol=1e-10, atol=1e-14, err_msg=name)
    assert not np.array_equal(sweep["sgd"].losses[0], sweep["sgd"].losses[1])   # seeds differ


def spiral_like(n=45, k=3, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, 2))
    labels = (np.arctan2(x[:, 1], x[:, 0]) // (2 * np.pi / k)).astype(np.int64) % k
    return x, labels


@pytest.mark.parametrize("loss, output", [("sparse_categorical_crossentropy", "softmax"),
                                          ("categorical_crossentropy", "softmax"), ("mse", "softmax"),
                                          ("quadratic", "sigmoid"), ("binary_crossentropy", "sigmoid"),
                                          ("binary_crossentropy", "tanh"), ("categorical_crossentropy", "sigmoid"),
                                          ("mse", "linear")])
def test_mini_batch_sweep_with_dropout_and_l1_l2_equals_one_by_one(loss, output):
    x, labels = spiral_like()
    y = labels if loss == "sparse_categorical_crossentropy" else np.eye(3)[labels]
    if output == "tanh":
        y = np.eye(3)[labels] * 0.8 + 0.1      # targets inside tanh's range that BCE's clip keeps finite

    def make(seed):
        model = Sequential([Dense(5, input_dim=2, activation="tanh", kernel_regularizer=L1L2(1e-3, 1e-2)),
                            Dropout(0.3), Dense(4, activation=LeakyReLU(0.2)), Dense(4, activation="relu"),
                            Dense(3, activation=output, bias_initializer="normal")], seed=seed, dtype="float64")
        model.compile(optimizer="sgd", loss=loss, metrics=["accuracy"])
        return model

    contestants = {"adam": {"name": "adam", "lr": 0.01, "amsgrad": True}, "rms": {"name": "rmsprop", "lr": 0.01,
                                                                                   "momentum": 0.5}}
    sweep = seed_sweep(make(0), contestants, x, y, seeds=(1, 2), steps=40, batch_size=16)
    for name, config in contestants.items():
        for j, seed in enumerate((1, 2)):
            expected = one_by_one(make, config, x, y, seed, 40, batch_size=16)
            np.testing.assert_allclose(sweep[name].losses[j], expected, rtol=1e-9, atol=1e-12,
                                       err_msg=f"{name} seed {seed}")
    assert sweep["adam"].batch_sizes.tolist()[:3] == [16, 16, 13]   # 45 samples: the epoch's last batch is smaller
    assert sweep["adam"].window == 3


def test_float32_sweep_is_close_to_one_by_one():
    sweep = seed_sweep(xor_net(dtype="float32"), {"adam": {"name": "adam", "lr": 0.05}}, XOR_X, XOR_Y, (4,), 200)
    expected = one_by_one(lambda s: xor_net(s, "float32"), {"name": "adam", "lr": 0.05}, XOR_X, XOR_Y, 4, 200)
    np.testing.assert_allclose(sweep["adam"].losses[0], expected, rtol=1e-5)


def test_accuracies_and_summaries_follow_the_losses():
    sweep = seed_sweep(xor_net(), {"momentum": SIX["momentum"]}, XOR_X, XOR_Y, range(8), steps=600)
    run = sweep["momentum"]
    steps = run.steps_to_loss(0.1)
    for j in range(8):
        hits = np.flatnonzero(run.losses[j] <= 0.1)
        assert steps[j] == (hits[0] if len(hits) else -1)
        full = np.flatnonzero(run.accuracies[j] == 1.0)
        assert run.steps_to_accuracy()[j] == (full[0] if len(full) else -1)
    summary = run.summary(target_loss=0.1)
    reached = steps[steps >= 0]
    assert 0 < summary.loss.reached == len(reached) < 8            # XOR's 2-2-1 net gets stuck from some seeds
    assert summary.loss.share == len(reached) / 8
    assert summary.loss.median == np.median(reached)
    assert (summary.loss.fastest, summary.loss.slowest) == (reached.min(), reached.max())
    assert summary.accuracy is not None and summary.diverged == 0
    assert summary.median_final_loss == pytest.approx(np.median(run.losses[:, -1]))
    assert sweep.summaries()[0].loss is None


def test_epoch_smoothing_quantiles_and_divergence_on_known_numbers():
    losses = np.array([[4.0, 2.0, 2.0, 1.0, 1.0, 0.5],
                       [4.0, 3.0, np.nan, np.nan, np.nan, np.nan]])
    run = SweepRun("x", {}, (0, 1), losses, None, np.array([2.0, 1.0, 2.0, 1.0, 2.0, 1.0]), 2,
                   np.array([-1, 2]))
    smoothed = run.smoothed_losses()
    np.testing.assert_allclose(smoothed[0], [4.0, (8 + 2) / 3, (2 + 4) / 3, (4 + 1) / 3, (1 + 2) / 3,
                                             (2 + 0.5) / 3])
    assert run.steps_to_loss(1.7).tolist() == [3, -1]
    assert run.steps_to_loss(3.5).tolist() == [1, -1]
    assert run.steps_to_loss(4.0).tolist() == [1, 1]              # not at 0: a whole epoch must be in the mean
    assert np.isnan(run.final_losses()[1])
    bands = run.quantiles((0.0, 1.0))
    assert bands[0, -1] == smoothed[0, -1] and bands[1, -1] == np.inf   # a diverged seed shows in the band
    with pytest.raises(ValueError, match="accuracy"):
        run.steps_to_accuracy()
    finite = np.random.default_rng(0).random((7, 30))
    run = SweepRun("y", {}, tuple(range(7)), finite, None, np.ones(30), 1, np.full(7, -1))
    np.testing.assert_allclose(run.quantiles((0.1, 0.5, 0.9)), np.quantile(finite, (0.1, 0.5, 0.9), axis=0))


def test_a_diverging_seed_is_counted_and_leaves_the_others_alone():
    sweep = seed_sweep(xor_net(), {"wild": {"name": "sgd", "lr": 1e4}, "calm": {"name": "sgd", "lr": 0.5}},
                       XOR_X * 100, XOR_Y, (0, 1), steps=30)
    assert sweep["wild"].summary().diverged >= 1
    assert (sweep["calm"].diverged_at == -1).all() and np.isfinite(sweep["calm"].losses).all()


def test_tuning_tries_every_rate_with_the_same_budget_and_picks_the_best():
    contestants = {"sgd": {"name": "sgd", "lr": 0.001}, "adam": "adam"}
    rates = (0.01, 0.3, 3.0)
    tunings = tune_learning_rates(xor_net(), contestants, XOR_X, XOR_Y, rates=rates, steps=150, seeds=(0, 1))
    assert list(tunings) == ["sgd", "adam"]
    for name, tuning in tunings.items():
        assert tuning.rates == rates and tuning.steps == 150 and tuning.seeds == (0, 1)
        base = contestants[name] if isinstance(contestants[name], dict) else {"name": name}
        # (full batch: the epoch loss is the step's loss) the loss at the end of the run, as a race's table shows
        scores = [np.median([one_by_one(xor_net, {**base, "lr": r}, XOR_X, XOR_Y, s, 150)[-1]
                             for s in (0, 1)]) for r in rates]
        np.testing.assert_allclose(tuning.scores, scores, rtol=1e-9)
        assert tuning.best_rate == rates[int(np.argmin(scores))]
    assert len(DEFAULT_RATES) == 7 and DEFAULT_RATES[0] == pytest.approx(1e-3) and DEFAULT_RATES[-1] == 1.0


def test_a_tried_rate_is_scored_by_its_epoch_loss_at_the_end_of_its_run():
    """The loss a race's table shows (the epoch loss at the last step, the median of the seeds), not the mean of
    the run's last tenth, which preferred a rate whose race ends higher; a diverged seed counts as infinitely bad."""
    steps, window = 40, 2
    losses = np.vstack([np.linspace(1.0, 0.2, steps), np.linspace(1.0, 0.4, steps), np.full(steps, 0.9)])
    sizes = np.full(steps, 8.0)
    run = SweepRun("sgd", {}, (0, 1, 2), losses, None, sizes, window, np.array([-1, -1, -1]))
    epoch = run.smoothed_losses()
    assert tuning_score(run) == pytest.approx(np.median(epoch[:, -1])) == run.summary().median_final_loss
    assert tuning_score(run) != pytest.approx(np.median(epoch[:, -4:].mean(axis=1)))
    wild = SweepRun("sgd", {}, (0, 1, 2), losses, None, sizes, window, np.array([5, 7, -1]))
    assert tuning_score(wild) == np.inf                                     # two of three seeds diverged


def test_rebuild_draws_what_sequential_with_that_seed_draws():
    template = Sequential([Dropout(0.1), Dense(3, input_dim=2, activation="relu", kernel_initializer="he_normal"),
                           Dense(1)], seed=0)
    template.compile(optimizer="adam", loss="mse")
    twin = rebuild(template, seed=5, dtype="float64")
    reference = Sequential([Dropout(0.1), Dense(3, input_dim=2, activation="relu", kernel_initializer="he_normal"),
                            Dense(1)], seed=5, dtype="float64")
    for p, q in zip(twin.get_weights(), reference.get_weights()):
        np.testing.assert_array_equal(p, q)
    assert twin.loss_name == "mse" and twin.optimizer.name == "sgd"


def test_bad_arguments():
    for kwargs, fragment in (({"seeds": ()}, "non-empty"), ({"seeds": (-1,)}, "whole numbers"),
                             ({"seeds": "ab"}, "whole numbers"), ({"steps": 0}, "steps"),
                             ({"batch_size": 0}, "batch_size")):
        args = {"seeds": (0,), "steps": 5, **kwargs}
        with pytest.raises(ValueError, match=fragment):
            seed_sweep(xor_net(), {"a": "adam"}, XOR_X, XOR_Y, **args)
    with pytest.raises(ValueError, match="mapping"):
        seed_sweep(xor_net(), ["adam"], XOR_X, XOR_Y, (0,), 5)
    with pytest.raises(ValueError, match="> 0"):
        tune_learning_rates(xor_net(), {"a": "adam"}, XOR_X, XOR_Y, rates=(0.1, -1))


def test_a_sweep_in_chunks_grows_to_the_whole_sweep():
    contestants = {"adam": {"name": "adam", "lr": 0.05}, "sgd": {"name": "sgd", "lr": 1.0}}
    whole = seed_sweep(xor_net(), contestants, XOR_X, XOR_Y, (0, 1, 2), 250)
    from nnstudio.engine.sweep import seed_sweep_iter
    parts = list(seed_sweep_iter(xor_net(), contestants, XOR_X, XOR_Y, (0, 1, 2), 250, chunk=100))
    assert [p.steps for p in parts] == [100, 200, 250]
    assert parts[0]["adam"].losses.shape == (3, 100) and parts[0]["adam"].batch_sizes.shape == (100,)
    for name in contestants:
        np.testing.assert_array_equal(parts[-1][name].losses, whole[name].losses)
        np.testing.assert_array_equal(parts[0][name].losses, whole[name].losses[:, :100])
    parts[0]["adam"].losses[:] = 0                                # a copy: the next chunks do not see it
    assert parts[1]["adam"].losses[0, 0] > 0
    with pytest.raises(ValueError, match="chunk"):
        seed_sweep_iter(xor_net(), contestants, XOR_X, XOR_Y, (0,), 10, chunk=0)


def test_own_weights_start_every_run_from_the_models_weights():
    """A network whose weights were set (a studio's, a loaded model's): every run starts from them, and the seeds
    order the batches only; the reference trains copies of that very network."""
    model = xor_net(seed=0)
    weights = [w * 1.5 + 0.1 for w in xor_net(seed=9).get_weights()]     # drawn by no seed the sweep uses
    model.set_weights(weights)

    def from_weights(_seed):
        net = xor_net(seed=0)
        net.set_weights(weights)
        return net
    seeds = (0, 5)
    sweep = seed_sweep_iter(model, SIX, XOR_X, XOR_Y, seeds, steps=40, batch_size=2, own_weights=True)
    *_, sweep = sweep
    drawn = seed_sweep(model, SIX, XOR_X, XOR_Y, seeds, steps=40, batch_size=2)
    for name, config in SIX.items():
        for j, seed in enumerate(seeds):
            expected = one_by_one(from_weights, config, XOR_X, XOR_Y, seed, 40, batch_size=2)
            np.testing.assert_allclose(sweep[name].losses[j], expected, rtol=1e-10, atol=1e-14, err_msg=name)
        assert not np.allclose(sweep[name].losses, drawn[name].losses)      # (the seeds' own weights differ)
    tuned = tune_learning_rates(model, {"sgd": "sgd"}, XOR_X, XOR_Y, steps=40, seeds=(0,), own_weights=True)
    by_hand = [one_by_one(from_weights, {"name": "sgd", "lr": rate}, XOR_X, XOR_Y, 0, 40) for rate in DEFAULT_RATES]
    assert tuned["sgd"].best_rate == DEFAULT_RATES[int(np.argmin([losses[-1] for losses in by_hand]))]
