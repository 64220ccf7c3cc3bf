"""RaceSession without Qt: the trainer protocol races exactly as the engine's Race, the fingerprints, live rate
changes, divergence, the tuning's equal budget, many seeds and the surface race."""
import math

import numpy as np
import pytest

from nnstudio.engine import surfaces
from nnstudio.engine.memory import estimate
from nnstudio.engine.race import Race
from nnstudio.engine.spec import LayerSpec, NetworkSpec
from nnstudio.engine.sweep import DEFAULT_RATES, seed_sweep, tune_learning_rates
from nnstudio.i18n import TranslatableError
from nnstudio.session.race import (BOUNDARY_RES, MAX_CONTESTANTS, MAX_POINTS, RaceError, RaceSession, RaceSettings,
                                   RaceTemplate, _binned)
from nnstudio.session.session import TrainingSession
from nnstudio.session.snapshot import plane_grid
from tests.translatable import assert_translatable

CONTESTANTS = {"SGD": {"name": "sgd", "lr": 0.1},
               "Momentum": {"name": "sgd", "lr": 0.1, "momentum": 0.9},
               "Adam": {"name": "adam", "lr": 0.01}}


def small_template(**changes):
    """Moons (140 training points) and a 2-8-1 tanh network: quick, and with a test set."""
    kwargs = {"data_key": "moons", "hidden": (8,), "activation": "tanh", "batch_size": 32, "seed": 3, **changes}
    return RaceTemplate.own(**kwargs)


def race_session(contestants=CONTESTANTS, **settings):
    return RaceSession(small_template(), dict(contestants), RaceSettings(**settings))


def run(session, steps, chunk=7):
    """Train ``steps`` race steps in chunks of ``chunk``, as the worker does (holding the lock)."""
    done = 0
    while done < steps:
        with session.lock:
            report = session.train_chunk(min(chunk, steps - done), 10.0)
        assert report.error is None
        done += report.steps
        if report.stop is not None:
            break
    return done


def snapshot(session, running=False):
    with session.lock:
        return session.snapshot(running)


def engine_race(session, steps, changes=(), configs=None):
    """The engine's Race on the session's template (``configs``: key -> optimizer config, default the session's
    contestants'), run ``steps`` steps; ``changes`` = (step, key, lr) pairs applied before that step."""
    t = session.template
    configs = configs or {c.key: dict(c.config) for c in session.contestants}
    race = Race(t.model(), configs, seed=t.seed)
    x, y = t.training_data
    gen = race.run(x, y, batch_size=t.batch_size, validation_data=t.validation_data)
    records = []
    for step in range(1, steps + 1):
        for at, key, lr in changes:
            if at == step:
                race.optimizers[key].lr = lr
        records.append(next(gen))
    gen.close()
    return race, records


def test_the_trainer_protocol_races_in_lockstep_exactly_as_the_engine():
    session = race_session()
    assert run(session, 40) == 40
    race, records = engine_race(session, 40)
    s = snapshot(session)
    assert s.step == 40 and s.phase == "racing"
    for c in s.contestants:
        expected = np.array([r[c.key].loss for r in records])
        np.testing.assert_array_equal(c.loss, expected)          # bit-identical: the same code on the same batches
        np.testing.assert_array_equal(c.steps, np.arange(1, 41))
        # the step sizes as the curves show them: averaged over the last epoch's 5 batches, weighted by size
        sizes = np.array([r[c.key].step_sizes for r in records])
        batch = np.array([r.batch_size for r in records], dtype=np.float64)
        for k in range(2):
            expected = [np.sum(sizes[max(0, i - 4):i + 1, k] * batch[max(0, i - 4):i + 1])
                        / np.sum(batch[max(0, i - 4):i + 1]) for i in range(40)]
            np.testing.assert_allclose(c.step_sizes[:, k], expected, rtol=1e-12)
        assert c.step_sizes.shape == (40, 2)
        assert len(c.val_steps) == 40 // 5 and np.all(np.isfinite(c.val_loss))   # 5 batches an epoch
        assert not c.loss.flags.writeable
    # every contestant's first loss is the template's: the same start
    assert len({c.loss[0] for c in s.contestants}) == 1
    # the table's rows are the engine's standings
    standings = {st.name: st for st in race.standings()}
    for row in s.rows:
        assert row.loss == pytest.approx(standings[row.key].loss, rel=1e-12)
        assert row.steps == 40


def test_kernels_are_pending_only_for_a_template_that_takes_them(monkeypatch):
    from nnstudio.engine import _fused
    monkeypatch.setattr(_fused, "ready", lambda: False)
    assert not race_session().kernels_pending()            # 2-8-1: NumPy only
    big = RaceSession(small_template(hidden=(200, 100), activation="relu", batch_size=128), dict(CONTESTANTS))
    assert big.kernels_pending()                           # 128 x 200 ReLU outputs
    sigmoid = small_template(hidden=(200, 100), activation="sigmoid")
    assert RaceSession(sigmoid, dict(CONTESTANTS)).kernels_pending()          # 20,801 weights, Adam among them
    assert not RaceSession(sigmoid, {"SGD": CONTESTANTS["SGD"]}).kernels_pending()  # plain SGD only


def test_the_fingerprints_are_the_engines_and_a_restart_replays_them():
    session = race_session()
    race, _ = engine_race(session, 25)
    assert session.weights_fingerprint == race.weights_fingerprint     # known before the first step
    run(session, 25)
    assert session.batches_fingerprint == race.batches_fingerprint
    first = snapshot(session)
    assert (first.weights_fingerprint, first.batches_fingerprint) == (race.weights_fingerprint,
                                                                      race.batches_fingerprint)
    session.restart()
    assert session.step == 0 and session.batches_fingerprint != race.batches_fingerprint
    run(session, 25)
    again = snapshot(session)
    assert again.batches_fingerprint == first.batches_fingerprint
    for a, b in zip(first.contestants, again.contestants):
        np.testing.assert_array_equal(a.loss, b.loss)
    other = RaceSession(small_template(seed=4), dict(CONTESTANTS))
    assert other.weights_fingerprint != session.weights_fingerprint


def test_a_rate_changed_while_racing_takes_effect_at_the_next_step():
    session = race_session()
    configs = {c.key: dict(c.config) for c in session.contestants}
    run(session, 10)
    key = session.contestants[0].key
    assert not session.update_contestant(key, config={"lr": 0.5})       # no restart
    run(session, 10)
    _, records = engine_race(session, 20, changes=[(11, key, 0.5)], configs=configs)
    s = snapshot(session)
    c = next(c for c in s.contestants if c.key == key)
    np.testing.assert_array_equal(c.loss, [r[key].loss for r in records])
    assert c.config["lr"] == 0.5 and s.rows[0].config["lr"] == 0.5
    # momentum switched on mid-race keeps the race going too; another optimizer starts it again
    assert not session.update_contestant(key, config={"momentum": 0.9})
    assert session.step == 20
    assert session.update_contestant(key, config={"name": "rmsprop", "lr": 0.01})
    assert session.step == 0 and session.contestant(key).config == {"name": "rmsprop", "lr": 0.01}


def test_colour_name_and_visibility_change_nothing_in_the_race():
    session = race_session()
    run(session, 5)
    key = session.contestants[1].key
    seen = []
    session.events.progress.connect(lambda: seen.append("progress"))
    session.update_contestant(key, name="Heavy ball", color=6, visible=False)
    assert session.step == 5 and not seen
    c = next(c for c in snapshot(session).contestants if c.key == key)
    assert (c.name, c.color, c.visible) == ("Heavy ball", 6, False)
    with pytest.raises(RaceError):
        session.update_contestant(key, name="  ")
    with pytest.raises(RaceError):
        session.update_contestant(key, config={"lr": -1.0})
    with pytest.raises(RaceError):
        session.update_contestant(key, config={"betas": (0.9, 0.999)})     # SGD has no betas
    assert session.contestant(key).config == CONTESTANTS["Momentum"]


def test_adding_restarts_together_removing_lets_the_others_race_on():
    session = race_session()
    run(session, 12)
    key = session.add_contestant({"name": "adagrad", "lr": 0.1})
    assert session.step == 0 and len(session.contestants) == 4
    assert session.contestant(key).name == "Adagrad"
    run(session, 12)
    adam = session.contestants[2].key
    session.remove_contestant(session.contestants[0].key)
    assert session.step == 12 and len(session.contestants) == 3
    run(session, 8)
    s = snapshot(session)
    assert [len(c.steps) for c in s.contestants] == [20, 20, 20] and len(s.rows) == 3
    _, records = engine_race(RaceSession(small_template(), {"Momentum": CONTESTANTS["Momentum"],
                                                           "Adam": CONTESTANTS["Adam"]}), 20)
    np.testing.assert_array_equal(next(c for c in s.contestants if c.key == adam).loss, [r["c2"].loss for r in records])
    copy = session.duplicate_contestant(adam)
    assert session.contestant(copy).name == "Adam (2)" and session.contestant(copy).config == CONTESTANTS["Adam"]
    colors = [c.color for c in session.contestants]
    assert len(set(colors)) == len(colors)
    while len(session.contestants) < MAX_CONTESTANTS:
        session.add_contestant()
    with pytest.raises(RaceError):
        session.add_contestant()


def regression_session(contestants, **settings):
    """The sine regression (a linear output, mean squared error): plain SGD at a large rate blows up in steps."""
    return RaceSession(small_template(data_key="sine"), contestants, RaceSettings(**settings))


def test_a_diverging_contestant_is_marked_and_the_others_finish():
    session = regression_session({"Wild": {"name": "sgd", "lr": 3.0}, "Adam": {"name": "adam", "lr": 0.01}},
                                 length=60)
    run(session, 100, chunk=13)
    assert session.finished and session.step == 60
    s = snapshot(session)
    wild, adam = s.contestants
    assert wild.diverged_at is not None and adam.diverged_at is None
    assert len(adam.steps) == 60 and len(wild.steps) == wild.diverged_at
    assert s.rows[0].diverged_at == wild.diverged_at and s.rows[1].diverged_at is None
    with session.lock:
        assert session.ready() is not None              # over: Restart first
    session.restart()
    assert session.ready() is None


def test_the_race_ends_at_its_length_and_a_longer_race_goes_on():
    session = race_session(length=15)
    with session.lock:
        report = session.train_chunk(1000, 10.0)
    assert report.steps == 15 and report.stop is not None and session.finished
    session.set_settings(length=25, target_loss=0.5)
    assert not session.finished
    run(session, 10)
    assert session.step == 25 and session.finished
    session.stop()
    session.set_settings(length=40)
    assert session.finished                              # stopped by the learner: the table stays final


def test_every_diverged_ends_the_race_with_a_message():
    session = regression_session({"Wild": {"name": "sgd", "lr": 3.0}})
    with session.lock:
        report = session.train_chunk(10_000, 10.0)
    assert session.finished and report.stop is not None and "diverged" in str(report.stop)


def test_each_tuned_gives_every_contestant_the_same_budget_and_races_each_at_its_best_rate():
    session = race_session(comparison="tuned", tune_steps=30, length=20)
    template = session.template
    configs = {c.key: dict(c.config) for c in session.contestants}
    chunks = 0
    while session.tunings is None:
        with session.lock:
            report = session.train_chunk(1, 0.01)
        assert report.error is None
        chunks += 1
    assert chunks >= 1 and session.step == 0
    x, y = template.training_data
    expected = tune_learning_rates(template.model(), configs, x, y, steps=30, batch_size=template.batch_size,
                                   seeds=(template.seed,))
    for key, tuning in session.tunings.items():
        assert tuning.rates == DEFAULT_RATES and tuning.steps == 30 and tuning.seeds == (template.seed,)
        assert tuning.best_rate == expected[key].best_rate
        np.testing.assert_allclose(tuning.scores, expected[key].scores, rtol=1e-6)
        assert session.contestant(key).lr == tuning.best_rate
    events = []
    session.events.contestants.connect(lambda cs: events.append(cs))
    session.announce_tuning()
    session.announce_tuning()
    assert len(events) == 1                               # once
    run(session, 20)
    s = snapshot(session)
    assert s.comparison == "tuned" and s.step == 20
    assert all(row.tuning is not None and row.config["lr"] == row.tuning.best_rate for row in s.rows)


def test_each_tuned_tunes_over_the_races_length_by_default():
    """The race room's Tuning steps started at 200 for a race of 2,000: on the spirals every rate is still on the
    loss plateau at 200 steps, and the tuning picked rates that lose the race (momentum at 0.00316, not 0.1)."""
    settings = RaceSettings()
    assert settings.tuning_steps == settings.length == 2000


def test_each_tuned_shows_the_common_starts_fingerprint_before_and_while_it_tunes():
    """The fairness card read "Initial weights: –" until the tuning was done, though it tunes from that start."""
    session = race_session(comparison="tuned", length=20)
    before = snapshot(session).weights_fingerprint
    assert before and session.weights_fingerprint == before
    while session.tunings is None:
        with session.lock:
            session.train_chunk(1, 0.01)
    assert session.weights_fingerprint == before == race_session(length=20).weights_fingerprint


def test_the_tuning_steps_follow_the_races_length_until_the_learner_sets_them():
    """They stayed at 2,000 when the race was made shorter: tuning MNIST for a race of 200 steps took 4-5 minutes."""
    session = race_session(comparison="tuned", length=20)
    assert session.settings.tuning_steps == 20
    session.set_settings(length=12)
    assert session.settings.tuning_steps == 12
    while session.tunings is None:
        with session.lock:
            assert session.train_chunk(1, 0.01).error is None
    assert all(t.steps == 12 for t in session.tunings.values())
    assert snapshot(session).tune_steps == 12
    # a longer race goes on at the rates tuned (its table says over how many steps): Restart tunes again
    run(session, 3)
    session.set_settings(length=30)
    assert session.step == 3 and all(t.steps == 12 for t in session.tunings.values())
    assert snapshot(session).tune_steps == 12
    session.restart()
    assert session.tunings is None and snapshot(session).tune_steps == 30
    # set by hand, they stay; the race's own length links them again
    session.set_settings(tune_steps=7)
    session.set_settings(length=40)
    assert session.settings.tuning_steps == 7
    session.set_settings(tune_steps=None)
    assert session.settings.tuning_steps == 40
    # a tuning on its way starts again at a new length
    session.set_settings(length=5000)
    with session.lock:
        session.train_chunk(1, 0.01)
    assert session.phase == "tuning" and 0 < snapshot(session).tuning_progress < 1
    session.set_settings(length=9)
    assert session.tunings is None and session.phase == "idle"
    while session.tunings is None:
        with session.lock:
            session.train_chunk(1, 0.01)
    assert all(t.steps == 9 for t in session.tunings.values())
    # the linked steps are remembered as linked, a number of the learner's as that number
    assert session.setup()["settings"]["tune_steps"] is None
    again = RaceSession.from_setup(session.setup(), small_template())
    again.set_settings(length=15)
    assert again.settings.tuning_steps == 15
    session.set_settings(tune_steps=25)
    assert RaceSession.from_setup(session.setup(), small_template()).settings.tuning_steps == 25
    # a set-up remembered before they followed Steps holds the old default, 2,000, as every untouched box did
    old = session.setup()
    old["settings"]["tune_steps"] = 2000
    again = RaceSession.from_setup(old, small_template())
    again.set_settings(length=300)
    assert again.settings.tuning_steps == 300


def test_many_seeds_in_chunks_equal_the_engines_seed_sweep():
    session = race_session(mode="seeds", seeds=3, length=40)
    with session.lock:
        session.ready()
    while not session.finished:
        with session.lock:
            session.train_chunk(1, 0.01)
    s = snapshot(session)
    template = session.template
    x, y = template.training_data
    sweep = seed_sweep(template.model(), {c.key: c.config for c in session.contestants}, x, y, (3, 4, 5), 40,
                       batch_size=32)
    assert s.seeds == (3, 4, 5) and s.step == 40
    for curves, row in zip(s.seed_curves, s.rows):
        bands = sweep[curves.key].quantiles()
        np.testing.assert_allclose(curves.median, bands[1], rtol=1e-10)
        np.testing.assert_allclose(curves.q25, bands[0], rtol=1e-10)
        assert row.seeds == 3 and row.target_kind == "accuracy"
        assert len(curves.steps_to_target) == 3
    session.set_settings(target_loss=0.3)
    s = snapshot(session)
    for curves, row in zip(s.seed_curves, s.rows):
        needed = sweep[curves.key].steps_to_loss(0.3)
        np.testing.assert_array_equal(curves.steps_to_target, needed)
        assert row.target_kind == "loss" and row.reached == int(np.sum(needed >= 0))


def test_a_sweep_too_big_for_memory_is_refused_with_what_to_do():
    template = RaceTemplate(NetworkSpec(2, (LayerSpec(4096, "relu"), LayerSpec(4096, "relu")), LayerSpec(1, "sigmoid")),
                            small_template().dataset, batch_size=32)
    session = RaceSession(template, dict(CONTESTANTS), RaceSettings(mode="seeds", seeds=100))
    with session.lock, pytest.raises(TranslatableError, match="fewer seeds"):
        session.train_chunk(1, 0.01)


def test_a_sweep_obeys_the_memory_limit_the_learner_set():
    """The limit in force (set_memory_limit() or $NNSTUDIO_MEMORY_LIMIT) holds for sweeps as for races: a sweep
    of small networks that a fixed 1 GiB cap let through is refused under a 1 MiB limit, with both numbers, and
    runs under the default."""
    from nnstudio.engine.memory import set_memory_limit
    session = race_session(mode="seeds", seeds=40, length=2000)
    set_memory_limit(1024 ** 2)
    try:
        with session.lock, pytest.raises(TranslatableError) as refused:
            session.train_chunk(1, 0.01)
        assert str(refused.value).startswith("This sweep would need about ")
        assert "more than the limit of 1.0 MiB: it trains 120 networks at once" in str(refused.value)
    finally:
        set_memory_limit(None)
    with session.lock:
        session.train_chunk(1, 0.01)
    assert snapshot(session).step > 0


def test_the_surface_race_is_computed_at_once_with_the_engines_descent():
    session = race_session()
    session.set_settings(mode="surface")
    with session.lock:
        assert session.ready() is not None         # nothing to train
    session.set_surface(name="rosenbrock", steps=50)
    paths = session.descents()
    for c in session.contestants:
        expected = surfaces.descend("rosenbrock", c.config, (-1.5, 2.0), 50)
        np.testing.assert_array_equal(paths[c.key].points, expected)
    assert session.descents() is paths                               # cached
    session.set_surface(start=(0.5, 0.5))
    assert session.surface_start() == (0.5, 0.5)
    moved = session.descents()
    assert moved is not paths and np.all(moved[session.contestants[0].key].points[0] == (0.5, 0.5))
    session.update_contestant(session.contestants[0].key, config={"lr": 0.001})  # recomputed at once
    assert session.descents()[session.contestants[0].key].points[1, 0] != moved[session.contestants[0].key].points[1, 0]
    session.set_surface(name="bowl", kappa=50.0)
    assert session.surface_start() == surfaces.bowl().start and session.surface().formula == "½ (x² + 50 y²)"
    xs, ys, values = session.surface_grid()
    assert values.shape == (len(ys), len(xs)) and not values.flags.writeable
    with pytest.raises(RaceError):
        session.set_surface(name="moon")
    with pytest.raises(RaceError):
        session.set_surface(noise=-1.0)


def test_the_textbook_figure_has_the_books_settings():
    session = race_session()
    session.use_textbook_figure()
    assert session.mode == "surface"
    setup = session.surface_setup
    assert (setup.name, setup.start, setup.steps) == ("elongated", (-7.0, 2.0), 29)
    assert [c.name for c in session.contestants] == ["SGD", "Momentum", "AdaGrad", "Adam"]
    assert [c.config for c in session.contestants] == list(surfaces.ELONGATED_FIGURE["optimizers"].values())
    ends = {c.name: session.descents()[c.key].points[-1] for c in session.contestants}
    assert math.dist(ends["AdaGrad"], (0, 0)) < math.dist(ends["SGD"], (0, 0))


def test_the_template_comes_from_the_studio_with_its_start():
    studio = TrainingSession()                       # XOR and the lecture's 2-2-1 network
    template = RaceTemplate.from_studio(studio)
    assert template.spec == studio.spec and template.batch_size == studio.config.batch_size
    for a, b in zip(template.model().get_weights(), studio.weights()):
        np.testing.assert_array_equal(a, b)
    session = RaceSession()
    session.take_studio(studio)
    assert session.template.source == "studio" and session.template.n_train == 4
    run(session, 3)
    assert session.step == 3
    studio.set_weights([w + 1 for w in studio.weights()])
    with studio.access():
        studio.train_chunk(1, 1.0)                   # the studio has trained: its seed's weights are the start
    assert RaceTemplate.from_studio(studio).weights is None


@pytest.mark.parametrize("template", ["studio", "moons"])
def test_the_learning_rates_preset_shows_too_small_about_right_and_too_large(template):
    """Its tooltip promises too small, about right, too large: at 0.001 to 1, SGD's largest rate was its best, and
    small networks bear even 100 times the lecture's rate (SGD at 10 on the studio's XOR). Every optimizer of the
    lecture, a hundredth to a thousand times its lecture rate: the smallest barely learns, the lecture's rate does
    better, the largest never reaches 0.1 and ends far above the lecture's rate."""
    for first in ({"name": "sgd", "lr": 0.1}, {"name": "sgd", "lr": 0.1, "momentum": 0.9},
                  {"name": "adagrad", "lr": 0.1}, {"name": "rmsprop", "lr": 0.01}, {"name": "adam", "lr": 0.01}):
        own = RaceTemplate.own("moons", hidden=(8,), activation="tanh", batch_size=32, seed=3)
        session = RaceSession(RaceTemplate.from_studio(TrainingSession()) if template == "studio" else own,
                              {"first": first}, RaceSettings(length=1000, target_loss=0.1))
        session.apply_preset("learning_rates")
        assert [c.lr for c in session.contestants][2] == first["lr"]
        session.start_measuring()
        while not session.finished:
            session.train_chunk(1000, 10.0)
        rows = session.snapshot(False).rows
        assert rows[0].steps_to_target is None and rows[0].loss > 0.2, first                  # too small
        assert rows[2].loss < rows[0].loss, first                                             # the lecture's rate
        assert rows[-1].steps_to_target is None and rows[-1].loss > max(0.3, 3 * rows[2].loss), first  # too large


def test_presets_and_errors():
    session = race_session()
    session.apply_preset("lecture")
    assert [c.optimizer for c in session.contestants] == ["sgd", "sgd", "adagrad", "rmsprop", "adam"]
    session.apply_preset("learning_rates")
    assert [c.lr for c in session.contestants] == [0.001, 0.01, 0.1, 1.0, 10.0, 100.0]
    assert [c.name for c in session.contestants] == ["SGD η=0.001", "SGD η=0.01", "SGD η=0.1", "SGD η=1",
                                                     "SGD η=10", "SGD η=100"]
    assert {c.optimizer for c in session.contestants} == {"sgd"}
    session.apply_preset("learning_rates")                               # again: the same names, not "η=… η=…"
    assert [c.name for c in session.contestants] == ["SGD η=0.001", "SGD η=0.01", "SGD η=0.1", "SGD η=1",
                                                     "SGD η=10", "SGD η=100"]
    session.remove_contestant(session.contestants[0].key)
    session.set_contestants({"Momentum": {"name": "sgd", "lr": 0.1, "momentum": 0.9}})
    session.apply_preset("learning_rates")                               # named after what it races
    assert [c.name for c in session.contestants] == ["Momentum η=0.001", "Momentum η=0.01", "Momentum η=0.1",
                                                     "Momentum η=1", "Momentum η=10", "Momentum η=100"]
    assert {c.config.get("momentum") for c in session.contestants} == {0.9}
    session.apply_preset("adam_vs_sgd", translate=str.upper)
    assert [c.name for c in session.contestants] == ["SGD", "ADAM"]
    with pytest.raises(RaceError):
        session.apply_preset("fastest")
    with pytest.raises(RaceError):
        session.set_settings(mode="marathon")
    with pytest.raises(RaceError):
        session.set_settings(target_loss=0.0)
    with pytest.raises(RaceError):
        RaceTemplate.own("moon")


def test_long_curves_are_binned_and_snapshots_are_read_only():
    a = np.arange(10_000, dtype=np.float64)[:, None]
    b = _binned(a, MAX_POINTS)
    k = len(a) // len(b)                              # a power of two: bins stay put as the race grows
    assert len(b) <= MAX_POINTS + 1 and k & (k - 1) == 0 and b[0, 0] == pytest.approx(np.mean(a[:k, 0]))
    steps = _binned(np.column_stack([np.arange(1.0, 10_001.0), a[:, 0]]), MAX_POINTS, last=1)
    assert steps[0, 0] == k and steps[-1, 0] == 10_000 and steps[0, 1] == pytest.approx(np.mean(a[:k, 0]))
    session = race_session()
    run(session, 3)
    with session.lock:
        s = session.snapshot(True)
    boundary = s.contestants[0].boundary
    assert boundary.shape == (BOUNDARY_RES, BOUNDARY_RES) and not boundary.flags.writeable
    _, _, grid = plane_grid(session.template.extent, BOUNDARY_RES)     # the studio's layout: rows are y
    model = session.race.models[s.contestants[0].key]
    np.testing.assert_array_equal(boundary.ravel(), model.predict(grid.astype(np.float32))[:, 0])
    with pytest.raises(ValueError):
        s.contestants[0].loss[0] = 1.0


def test_small_networks_count_as_tiny_steps_and_big_or_stacked_ones_do_not():
    session = race_session()
    assert session.steps_are_tiny                     # 2-8-1 on 32 points: NumPy's call overhead dominates
    big = RaceTemplate(NetworkSpec(784, (LayerSpec(128, "relu"),), LayerSpec(10, "softmax"), "multiclass"),
                       small_template().dataset, batch_size=128)
    assert not RaceSession(big, dict(CONTESTANTS)).steps_are_tiny
    session.set_settings(mode="seeds", seeds=200)     # 600 networks in one stack: big products
    assert not session.steps_are_tiny


def test_each_tuned_tunes_from_the_templates_own_weights():
    """A template with given weights (the studio's): the tuning starts from them, as the race does, not from the
    weights the seed would draw."""
    from dataclasses import replace
    plain = small_template()
    given = tuple(w * 0.5 + 0.05 for w in small_template(seed=11).model().get_weights())
    template = replace(plain, weights=given)
    session = RaceSession(template, dict(CONTESTANTS), RaceSettings(comparison="tuned", tune_steps=20, length=5))
    while session.tunings is None:
        with session.lock:
            assert session.train_chunk(1, 0.01).error is None
    configs = {c.key: dict(c.config) for c in race_session().contestants}
    x, y = template.training_data
    kwargs = dict(steps=20, batch_size=template.batch_size, seeds=(template.seed,))
    expected = tune_learning_rates(template.model(), configs, x, y, own_weights=True, **kwargs)
    drawn = tune_learning_rates(plain.model(), configs, x, y, **kwargs)
    for key, tuning in session.tunings.items():
        np.testing.assert_allclose(tuning.scores, expected[key].scores, rtol=1e-6)
        assert not np.allclose(tuning.scores, drawn[key].scores, rtol=1e-3)


def test_a_rate_changed_after_stop_leaves_the_final_table_and_races_next_time():
    session = race_session(length=50)
    run(session, 10)
    session.stop()
    sgd = session.contestants[0].key
    session.update_contestant(sgd, config={"lr": 0.7})
    assert session.contestant(sgd).lr == 0.7                  # the setting for the next race ...
    row = next(r for r in snapshot(session).rows if r.key == sgd)
    assert row.config["lr"] == 0.1 and row.steps == 10        # ... while the final table shows the race as it ran
    session.restart()
    run(session, 3)
    row = next(r for r in snapshot(session).rows if r.key == sgd)
    assert row.config["lr"] == 0.7 and row.steps == 3


def test_a_race_over_by_its_length_keeps_the_settings_it_ran_with_and_a_longer_race_goes_on_at_the_new():
    session = race_session(length=10)
    configs = {c.key: dict(c.config) for c in session.contestants}
    key = session.contestants[0].key
    run(session, 10)
    assert session.finished
    assert not session.update_contestant(key, config={"lr": 0.5})     # the rate box: the next race's rate
    row = snapshot(session).rows[0]
    assert row.config["lr"] == 0.1 and row.steps == 10
    session.set_settings(length=20)                                    # a longer race goes on, at the new rate
    run(session, 10)
    _, records = engine_race(session, 20, changes=[(11, key, 0.5)], configs=configs)
    s = snapshot(session)
    for c in s.contestants:
        np.testing.assert_array_equal(c.loss, [r[c.key].loss for r in records])
    assert s.rows[0].config["lr"] == 0.5


def test_a_race_whose_copies_of_the_network_exceed_the_memory_limit_is_refused_with_the_numbers():
    from nnstudio.engine.memory import check_copies, set_memory_limit

    template = small_template()
    spec, batch = template.spec, template.batch_size
    needed = check_copies(spec, [dict(c) for c in CONTESTANTS.values()], batch,
                          extra_bytes=estimate(spec, batch, optimizer=None).training_bytes)
    try:
        set_memory_limit(needed - 1)                # every copy alone fits; three at once do not
        session = RaceSession(template, dict(CONTESTANTS), RaceSettings())
        assert session.race is None                 # nothing allocated for the start's fingerprint either
        with pytest.raises(TranslatableError) as refused:
            run(session, 1)
        assert str(refused.value).startswith("Training 3 networks at once (about ")
        assert session.step == 0 and session.race is None
        session.remove_contestant(session.contestants[0].key)
        assert run(session, 1) == 1                  # fewer contestants: it races
    finally:
        set_memory_limit(None)


def test_names_the_app_made_up_follow_set_translate_and_typed_names_stay():
    upper = str.upper
    session = RaceSession(small_template(), translate=upper)
    assert [c.name for c in session.contestants] == ["SGD", "MOMENTUM", "ADAM"]
    session.update_contestant(session.contestants[0].key, name="my sgd")
    session.set_translate(str.lower)
    assert [c.name for c in session.contestants] == ["my sgd", "momentum", "adam"]
    session.apply_preset("adam_vs_sgd", upper)
    assert all(c.name == c.name.upper() for c in session.contestants)
    session.set_contestants({"mine": {"name": "sgd", "lr": 0.1}})       # names given as they are
    session.set_translate(str.lower)
    assert [c.name for c in session.contestants] == ["mine"]


def test_every_path_of_a_textbook_figure_stays_inside_its_surfaces_picture():
    from nnstudio.engine.surfaces import ELONGATED_FIGURE, descend
    from nnstudio.session.race import LOCAL_MINIMUM_FIGURE
    # momentum's path on the local minimum swings out to x = −2.036 before it settles; the picture ended at −2
    for name, figure in (("elongated", ELONGATED_FIGURE), ("local_minimum", LOCAL_MINIMUM_FIGURE)):
        surface = surfaces.get(name)
        x0, x1, y0, y1 = surface.extent
        for label, config in figure["optimizers"].items():
            path = descend(surface, config, figure.get("start"), figure["steps"])
            assert (x0 <= path[:, 0].min() and path[:, 0].max() <= x1
                    and y0 <= path[:, 1].min() and path[:, 1].max() <= y1), (name, label)


def test_the_set_up_goes_through_json_and_comes_back_the_same_race():
    """setup() holds plain JSON values only; from_setup() gives a session of the same contestants, settings,
    surface and network, which races as the first did (the same start and batches); the made-up names follow
    the language of the next start, a typed name stays."""
    import json

    from nnstudio.session.race import SetupError

    first = RaceSession(small_template(hidden=(8, 4), activation="relu", batch_size=16, seed=5),
                        translate=lambda text: text)
    key = first.add_contestant({"name": "adam", "betas": (0.8, 0.99), "lr": 0.02}, "Mine")
    first.update_contestant(key, color=7, visible=False)
    first.set_settings(mode="network", length=77, target_loss=0.3, seeds=4, tune_steps=30)
    first.set_surface(name="bowl", kappa=30.0, start=(1.5, -2.0), steps=40, noise=0.1, seed=2)
    data = json.loads(json.dumps(first.setup(), allow_nan=False))
    second = RaceSession.from_setup(data, translate=lambda text: {"Momentum": "모멘텀"}.get(text, text))
    assert [(c.name, c.config, c.color, c.visible) for c in second.contestants] == [
        ("SGD", {"name": "sgd", "lr": 0.1}, 0, True), ("모멘텀", {"name": "sgd", "lr": 0.1, "momentum": 0.9}, 1, True),
        ("Adam", {"name": "adam", "lr": 0.01}, 2, True),
        ("Mine", {"name": "adam", "lr": 0.02, "betas": (0.8, 0.99)}, 7, False)]
    assert second.settings == first.settings and second.surface_setup == first.surface_setup
    assert second.template.architecture() == "2-8-4-1 relu" and second.template.batch_size == 16
    assert second.weights_fingerprint == first.weights_fingerprint
    run(first, 5)
    run(second, 5)
    assert second.batches_fingerprint == first.batches_fingerprint
    # a studio's template is not stored: the next start takes the studio's again
    studio = RaceSession(RaceTemplate.from_studio(TrainingSession()))
    assert studio.setup()["template"] is None
    assert RaceSession.from_setup(studio.setup(), small_template()).template.data_key == "moons"
    with pytest.raises(SetupError):
        RaceSession.from_setup({**data, "version": 2})


@pytest.mark.parametrize("field, value", [("length", True), ("length", 5.0), ("seeds", 1e3), ("target_loss", True),
                                          ("target_loss", math.inf), ("target_loss", math.nan)])
def test_the_race_refuses_what_a_project_file_refuses_in_a_whole_or_a_number_field(field, value):
    """One check for the race's set-up and the project file's fields: true is no number (JSON's true, which
    Python counts as 1), 5.0 no whole number, inf and NaN no loss; the remembered set-up refuses them too."""
    import json

    from nnstudio.session.race import SetupError

    session = RaceSession(small_template(), translate=lambda text: text)
    with pytest.raises(RaceError) as info:
        session.set_settings(**{field: value})
    assert_translatable(info.value)
    data = json.loads(json.dumps(session.setup()))
    data["settings"][field] = value
    with pytest.raises(SetupError):
        RaceSession.from_setup(data)
