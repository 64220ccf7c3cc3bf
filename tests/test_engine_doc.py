"""The code examples of docs/engine.md run as written and print what their comments say."""
import math
import re
from pathlib import Path

import numpy as np
import pytest

DOC = Path(__file__).resolve().parents[1] / "docs" / "engine.md"


def doc_prose():
    """The doc's text with every run of white space as one space (line breaks move when it is edited)."""
    return " ".join(DOC.read_text(encoding="utf-8").split())


def python_blocks():
    return re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S)


def test_the_engine_doc_examples_run_one_after_the_other(tmp_path, monkeypatch, capsys):
    blocks = python_blocks()
    assert len(blocks) >= 2
    monkeypatch.chdir(tmp_path)                 # the first example saves iris-like.npz
    namespace = {}
    for i, block in enumerate(blocks):
        exec(compile(block, f"docs/engine.md, example {i + 1}", "exec"), namespace)
    printed = capsys.readouterr().out
    # [loss, accuracy] of the first example, the summary and the default learning rate of the second
    loss, accuracy = (float(v) for v in re.search(r"\[([0-9.e-]+), ([0-9.e-]+)\]", printed).groups())
    assert loss < 0.2 and accuracy > 0.95
    assert "Total params: 139" in printed
    assert printed.strip().endswith("0.001")
    assert (tmp_path / "iris-like.npz").is_file()
    model = namespace["model"]
    assert model.optimizer.lr == 1e-4 and type(model.optimizer).__name__ == "SGD"
    assert np.isfinite(model.evaluate(namespace["x"], namespace["y"]))   # compiled without metrics: the loss


def test_the_momentum_example_of_the_engine_doc():
    """"five SGD steps with momentum 0.9 and lr 0.1 on a gradient of 1, then one step at lr 0.01 — the weight
    ends at -1.36 in PyTorch, at -1.69 in Keras" (the Keras rule written out as the doc gives it)."""
    from nnstudio.engine import SGD
    assert "the weight ends at -1.36 in PyTorch, at -1.69 in Keras" in doc_prose()
    optimizer, w, g = SGD(lr=0.1, momentum=0.9), np.zeros(1), np.ones(1)
    velocity, w_keras = 0.0, 0.0
    for lr in (0.1,) * 5 + (0.01,):
        optimizer.lr = lr
        optimizer.step([w], [g])
        velocity = 0.9 * velocity - lr * 1.0
        w_keras += velocity
    assert round(float(w[0]), 2) == -1.36 and round(w_keras, 2) == -1.69


def test_a_keras_name_gets_the_message_the_engine_doc_quotes():
    from nnstudio.engine import Adam
    assert '(`Adam(beta_1=0.8)` → "write betas=(beta_1, beta_2) instead of beta_1=...")' in doc_prose()
    with pytest.raises(Exception, match=re.escape("write betas=(beta_1, beta_2) instead of beta_1=...")):
        Adam(beta_1=0.8)


def test_the_adagrad_and_initializer_facts_of_the_engine_doc():
    """The first Adagrad step is lr times the sign of a gradient well above eps (0.91 · lr for 1e-9), and every
    initializer name the registry takes is in the doc's list (or its Xavier alias)."""
    from nnstudio.engine import INITIALIZERS, Adagrad
    prose = doc_prose()
    assert "(a gradient of 1e-9 still moves its weight by 0.91 · lr)" in prose
    w = np.zeros(3)
    Adagrad(lr=0.5).step([w], [np.array([-3.0, 2e-5, 1e-9])])
    np.testing.assert_allclose(w, [0.5, -0.5 * 2e-5 / (2e-5 + 1e-10), -0.5 / 1.1], rtol=1e-6)   # 1/1.1 = 0.91
    for name in INITIALIZERS:
        assert f"`{name}`" in prose or f"`{name.replace('xavier', 'glorot')}`" in prose, name


def test_saving_resumes_momentum_as_the_engine_doc_says(tmp_path):
    """model.save stores the config and model.optimizer_state() ("momentum_buffer.2" is the second layer's W);
    the loaded model steps on exactly as the original (the doc pointed at optimizer.get_state(), which holds a
    model's state as one flat array, "momentum_buffer.0" only)."""
    from nnstudio.engine import SGD, Dense, Sequential, load_model
    said = "`model.save` stores both, `load_model` or `model.set_optimizer_state(state)` gives them back"
    assert said in doc_prose()
    model = Sequential([Dense(3, input_dim=4, activation="relu"), Dense(2, activation="softmax")], seed=0)
    model.compile(optimizer=SGD(lr=0.1, momentum=0.9), loss="categorical_crossentropy")
    x = np.random.default_rng(1).normal(size=(16, 4)).astype(np.float32)
    y = np.eye(2, dtype=np.float32)[(x[:, 0] > 0).astype(int)]
    model.fit(x, y, epochs=1, batch_size=8, verbose=0)
    state = model.optimizer_state()
    assert state["momentum_buffer.2"].shape == (3, 2) and int(state["iterations"]) == 2
    model.save(tmp_path / "m.npz")
    loaded = load_model(tmp_path / "m.npz")
    assert loaded.optimizer.get_config() == model.optimizer.get_config()
    for m in (model, loaded):
        m.fit(x, y, epochs=1, batch_size=8, verbose=0, shuffle=False)
    for ours, theirs in zip(model.get_weights(), loaded.get_weights()):
        np.testing.assert_array_equal(ours, theirs)


def test_the_mistakes_the_engine_doc_names_raise_what_it_says(tmp_path):
    """The doc said nothing of the engine's errors: a misspelt setting, and a project file given to load_model."""
    from nnstudio.engine import Dense, ModelFileError, load_model
    from nnstudio.engine.files import write_npz
    prose = doc_prose()
    assert '`{"name": "leaky_relu", "alph": 0.1}` names the settings there are' in prose
    with pytest.raises(ValueError, match="it has no setting 'alph'; its settings are alpha"):
        Dense(3, activation={"name": "leaky_relu", "alph": 0.1})
    quoted = ("run.npz is a project file, not a model file: open it in the studio with File → Open project… or with "
              "nnstudio run.npz")
    assert quoted in prose
    write_npz(tmp_path / "run.npz", {"format": "nnstudio-project", "version": 1}, {"points": np.zeros(2)})
    with pytest.raises(ModelFileError) as caught:
        load_model(tmp_path / "run.npz")
    assert str(caught.value).startswith(quoted.replace("nnstudio run.npz", f"nnstudio {tmp_path / 'run.npz'}"))


def test_the_optimizer_defaults_table_is_the_engines():
    """Each row's "NN Studio = PyTorch" column gives the defaults of that optimizer's signature."""
    import inspect

    from nnstudio.engine import optimizers
    rows = re.findall(r"^\| (SGD|Adagrad|RMSprop|Adam|AdamW) \| (.*?) \|", DOC.read_text(encoding="utf-8"), re.M)
    assert [name for name, _ in rows] == ["SGD", "Adagrad", "RMSprop", "Adam", "AdamW"]
    for name, column in rows:
        defaults = {k: p.default for k, p in inspect.signature(getattr(optimizers, name)).parameters.items()}
        if column.startswith("as Adam, "):
            column = rows[3][1] + ", " + column.removeprefix("as Adam, ")
        for setting, value in re.findall(r"`(\w+)=([^`]+)`", column):
            assert defaults[setting] == eval(value), (name, setting, value)     # noqa: S307 (the doc's literals)


def test_the_keras_epsilon_numbers_of_the_engine_doc():
    """Keras' Adam epsilon in PyTorch terms, epsilon / sqrt(1 - beta_2**t): 3.2e-6 at step 1, 3.2e-7 at step 100,
    1.3e-7 at step 1,000, 1.0e-7 from step 2,375 (the doc said "only after about 10,000 steps"); with gradients of
    1e-5 the first Keras step is 0.76 · lr, ours (PyTorch's) 0.999 · lr."""
    from nnstudio.engine import Adam
    prose = doc_prose()
    assert ("an epsilon of `epsilon / sqrt(1 - beta_2**t)`: 3.2e-6 at step 1, 3.2e-7 at step 100, 1.3e-7 at step "
            "1,000, 1.0e-7 from about 2,400 steps on") in prose
    assert "with gradients of 1e-5 the first Keras step is 0.76 · lr, the PyTorch step 0.999 · lr" in prose
    epsilon, b1, b2, g = 1e-7, 0.9, 0.999, 1e-5
    in_torch = [f"{epsilon / math.sqrt(1 - b2 ** t):.1e}" for t in range(1, 3_000)]
    assert [in_torch[t - 1] for t in (1, 100, 1_000)] == ["3.2e-06", "3.2e-07", "1.3e-07"]
    assert in_torch.index("1.0e-07") + 1 == 2_375
    m, v = (1 - b1) * g, (1 - b2) * g * g
    keras_step = math.sqrt(1 - b2) / (1 - b1) * m / (math.sqrt(v) + epsilon)
    w = np.zeros(1)
    Adam(lr=1.0).step([w], [np.array([g])])
    assert round(keras_step, 2) == 0.76 and round(-float(w[0]), 3) == 0.999


def test_the_engine_doc_layers_and_divergence_as_written(recwarn):
    """`input_shape=(4,)` works too; get_weights is [W1, b1, ...] with W of shape (inputs, units); a diverging fit
    stops with a TrainingDivergedWarning and sets history.divergence, terminate_on_divergence=False trains on;
    memory.estimate(network, batch_size) and layer_stats() exist as the doc calls them."""
    from nnstudio.engine import SGD, Dense, Sequential, TrainingDivergedWarning, memory
    prose = doc_prose()
    for said in ("`Dense(units, input_dim=None, activation=..., kernel_initializer=..., kernel_regularizer=...)` "
                 "(`input_shape=(4,)` works too)", "`nnstudio.engine.memory.estimate(network, batch_size)`",
                 "`fit(..., terminate_on_divergence=False)` trains on regardless"):
        assert said in prose
    x = np.random.default_rng(0).normal(size=(64, 4)).astype(np.float32)
    y = np.eye(3, dtype=np.float32)[np.arange(64) % 3]

    def model():
        m = Sequential([Dense(8, input_shape=(4,), activation="relu", kernel_initializer="he_normal",
                              kernel_regularizer=None), Dense(3, activation="softmax")], seed=0)
        m.compile(optimizer=SGD(lr=1e9), loss="categorical_crossentropy")
        return m
    first = model()
    assert [w.shape for w in first.get_weights()] == [(4, 8), (8,), (8, 3), (3,)]
    history = first.fit(x, y, epochs=5, verbose=0)
    assert history.divergence is not None and len(history.history["loss"]) == 1
    assert any(issubclass(w.category, TrainingDivergedWarning) for w in recwarn)
    assert len(model().fit(x, y, epochs=5, verbose=0, terminate_on_divergence=False).history["loss"]) == 5
    assert memory.estimate(first, 32).parameters == 4 * 8 + 8 + 8 * 3 + 3
    assert len(first.layer_stats()) == 2


def test_a_run_stops_and_goes_on_bit_for_bit_as_the_engine_doc_says():
    """"a new model given the weights, `model.rng.bit_generator.state`, `model.optimizer_state()` and that position
    continues with the same batches, dropout masks and updates" — followed literally, mid-epoch, with dropout."""
    import copy

    from nnstudio.engine import Adam, BatchRecord, Dense, Dropout, FitPosition, Sequential
    said = ("a new model given the weights, `model.rng.bit_generator.state`, `model.optimizer_state()` and that "
            "position continues with the same batches, dropout masks and updates")
    assert said in doc_prose()
    x = np.random.default_rng(2).normal(size=(50, 3)).astype(np.float32)
    y = np.eye(2, dtype=np.float32)[(x.sum(axis=1) > 0).astype(int)]

    def model():
        m = Sequential([Dense(6, input_dim=3, activation="relu"), Dropout(0.3), Dense(2, activation="softmax")],
                       seed=4)
        m.compile(optimizer=Adam(lr=0.01), loss="categorical_crossentropy", metrics=["accuracy"])
        return m

    def losses(run, count):
        return [r.loss for r in (next(run) for _ in range(count)) if isinstance(r, BatchRecord)]

    whole = model()
    expected = losses(whole.fit_iter(x, y, batch_size=8, epochs=3), 3 * 8)
    first, position = model(), FitPosition()
    before = losses(first.fit_iter(x, y, batch_size=8, epochs=3, position=position), 10)   # mid-epoch 2
    second = model()
    second.set_weights(first.get_weights())
    second.rng.bit_generator.state = first.rng.bit_generator.state
    second.set_optimizer_state(first.optimizer_state())
    after = losses(second.fit_iter(x, y, batch_size=8, epochs=3, position=copy.deepcopy(position)), 3 * 8 - 10)
    assert before + after == expected
    for ours, theirs in zip(second.get_weights(), whole.get_weights()):
        np.testing.assert_array_equal(ours, theirs)


@pytest.mark.parametrize("line_start, registry", [("- Activations ", "ACTIVATIONS"), ("- Losses ", "LOSSES")])
def test_the_engine_doc_lists_exactly_the_registrys_names(line_start, registry):
    """The activations and losses the doc lists are those the engine takes by name, no more and no fewer."""
    import nnstudio.engine as engine
    prose = doc_prose()
    start = prose.index(line_start)
    listed = re.findall(r"`([a-z_]+)`", prose[start:prose.index(" - ", start + 2)])
    assert set(listed) == set(getattr(engine, registry)), listed


def test_a_callback_gets_the_records_and_stops_the_run_as_the_engine_doc_says():
    """"callbacks receive those records in `on_batch_end` / `on_epoch_end` (set `model.stop_training = True` to
    stop)"."""
    from nnstudio.engine import BatchRecord, Callback, Dense, Sequential
    assert ("callbacks receive those records in `on_batch_end` / `on_epoch_end` (set `model.stop_training = True` to "
            "stop)") in doc_prose()

    class StopAtStepFive(Callback):
        records = []

        def on_batch_end(self, record):
            self.records.append(record)
            if record.step == 5:
                self.model.stop_training = True

    model = Sequential([Dense(2, input_dim=2, activation="softmax")])
    model.compile(optimizer="sgd", loss="categorical_crossentropy")
    x = np.random.default_rng(0).normal(size=(64, 2)).astype(np.float32)
    y = np.eye(2, dtype=np.float32)[np.arange(64) % 2]
    history = model.fit(x, y, epochs=5, batch_size=8, verbose=0, callbacks=[StopAtStepFive()])
    assert [r.step for r in StopAtStepFive.records] == [1, 2, 3, 4, 5]
    assert all(isinstance(r, BatchRecord) for r in StopAtStepFive.records) and len(history.history["loss"]) == 1


def test_the_race_and_tuning_calls_of_the_engine_doc_as_written():
    """The doc's race, seed sweep and tuning calls, and its tuning rule: the epoch loss at the end of each run, the
    median over the seeds, inf for a diverged run, the lowest wins."""
    from nnstudio.engine import Dense, Sequential, sweep
    from nnstudio.engine.race import Race
    prose = doc_prose()
    for written in ('`nnstudio.engine.race.Race(model, {"SGD": "sgd", "Adam": {"name": "adam", "lr": 0.01}})`',
                    "`sweep.seed_sweep(model, contestants, x, y, seeds, steps, batch_size)`",
                    "`sweep.tune_learning_rates(model, contestants, x, y, steps=...)`",
                    "a rate scores the epoch loss at the end of its run (the median over the seeds; a diverged run "
                    "scores inf), the loss a race's table shows; the lowest score wins"):
        assert written in prose, written
    model = Sequential([Dense(4, input_dim=2, activation="tanh"), Dense(1, activation="sigmoid")], seed=0)
    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])
    x = np.random.default_rng(0).normal(size=(40, 2)).astype(np.float32)
    y = (x[:, :1] * x[:, 1:] > 0).astype(np.float32)
    contestants = {"SGD": "sgd", "Adam": {"name": "adam", "lr": 0.01}}
    race = Race(model, contestants)
    assert race.names == ("SGD", "Adam")
    seeds, steps = (0, 1), 50
    swept = sweep.seed_sweep(model, contestants, x, y, seeds, steps, 8)
    assert swept["Adam"].losses.shape == (2, 50)
    tunings = sweep.tune_learning_rates(model, contestants, x, y, steps=50, batch_size=8, seeds=seeds)
    for name, tuning in tunings.items():
        assert len(tuning.rates) == 7 and tuning.rates[0] == pytest.approx(1e-3) and tuning.rates[-1] == 1.0
        by_rate = sweep.seed_sweep(model, {f"{r}": {**({"name": "sgd"} if name == "SGD" else contestants[name]),
                                                    "lr": r} for r in tuning.rates}, x, y, seeds, steps, 8)
        expected = [float(np.median(np.where(run.diverged_at >= 0, np.inf, run.smoothed_losses()[:, -1])))
                    for run in by_rate.values()]
        np.testing.assert_allclose(tuning.scores, expected, rtol=1e-9)
        assert tuning.best_rate == tuning.rates[int(np.argmin(expected))]
