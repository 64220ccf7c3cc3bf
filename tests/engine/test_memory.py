"""Memory estimates: refused before allocating, with the numbers; initializers need no float64 copy."""
import time
import tracemalloc

import numpy as np
import pytest

from nnstudio.engine import Adam, Dense, Sequential, initializers
from nnstudio.engine.memory import (ENV_VARIABLE, MemoryLimitError, check_copies, check_memory, estimate, format_bytes,
                                    memory_limit, parse_bytes, set_memory_limit, total_memory)
from nnstudio.engine.spec import LayerSpec, NetworkSpec

MiB = 1024 ** 2


@pytest.fixture
def limit():
    """Set the memory limit for one test (restored afterwards)."""
    yield set_memory_limit
    set_memory_limit(None)


def traced_peak(action):
    """Peak bytes NumPy and Python allocate while ``action()`` runs (NumPy reports to tracemalloc)."""
    tracemalloc.start()
    try:
        tracemalloc.reset_peak()
        try:
            action()
        except MemoryLimitError:
            pass
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_estimate_counts_weights_gradients_optimizer_state_and_a_batch():
    est = estimate((784, 128, 10), batch_size=32, dtype="float32", optimizer="adam")
    params = 784 * 128 + 128 + 128 * 10 + 10
    assert est.parameters == params
    # weights + gradients + Adam's two moments + its update buffer
    assert est.parameter_bytes == params * 4 * 5
    # z, a, dC/dx and the ones vector per layer, the batch copy (x, y) and the output delta
    assert est.activation_bytes == 4 * 32 * ((2 * 128 + 784 + 1) + (2 * 10 + 128 + 1) + (784 + 10) + 10)
    assert est.total_bytes == est.parameter_bytes + est.activation_bytes + est.inference_bytes
    sgd = estimate((784, 128, 10), batch_size=32, optimizer="sgd")
    assert sgd.parameter_bytes == params * 4 * 3        # no state, one update buffer
    assert estimate((784, 128, 10), dtype="float64", optimizer=None).parameter_bytes == params * 8 * 2


def test_estimate_is_close_to_what_training_really_allocates():
    spec = NetworkSpec(300, (LayerSpec(400, "relu"), LayerSpec(200, "relu")), LayerSpec(10, "softmax"),
                       "multiclass")
    x = np.random.default_rng(0).normal(size=(256, 300)).astype(np.float32)
    y = np.arange(256) % 10

    def train():
        model = spec.build(optimizer=Adam(lr=1e-3))
        model.fit(x, y, epochs=1, batch_size=256, verbose=0)

    train()   # (first-call allocations of NumPy and numba are not the network's)
    peak = traced_peak(train)
    est = spec.memory(batch_size=256, optimizer="adam")
    assert 0.7 * peak <= est.total_bytes - est.inference_bytes + x.nbytes <= 1.6 * peak


def test_a_huge_network_is_refused_at_once_with_the_numbers(limit):
    limit(2 * 1024 ** 3)
    spec = NetworkSpec(784, (LayerSpec(10_000_000, "relu"),), LayerSpec(10, "softmax"), "multiclass")
    started = time.perf_counter()
    peak = traced_peak(lambda: spec.build())
    assert time.perf_counter() - started < 1.0 and peak < 4 * MiB   # (it used to allocate 58 GiB)
    with pytest.raises(MemoryLimitError, match=r"7,950,000,010 weights.*more than the limit of 2.0 GiB"):
        spec.build()
    with pytest.raises(MemoryLimitError, match="for a batch of 128"):
        NetworkSpec(784, (LayerSpec(100_000, "relu"),) * 2, LayerSpec(10, "softmax"), "multiclass").build(
            batch_size=128)


def test_the_engine_refuses_before_building_weights(limit):
    limit(64 * MiB)
    with pytest.raises(MemoryLimitError, match="limit of 64.0 MiB"):
        Sequential([Dense(4096, input_dim=4096), Dense(10)])
    model = Sequential([Dense(1024, input_dim=1024), Dense(10)])     # 4 MB of weights: fine ...
    model.compile(optimizer="adam", loss="mse")
    x = np.zeros((20_000, 1024), np.float32)
    with pytest.raises(MemoryLimitError, match="for a batch of 20,000"):   # ... but not these batches
        model.fit(x, np.zeros((20_000, 10), np.float32), batch_size=20_000, verbose=0)


def test_predict_works_in_chunks_that_fit_however_wide_the_layers():
    model = Sequential([Dense(200_000, input_dim=2, activation="relu"), Dense(1)])
    x = np.random.default_rng(0).normal(size=(3000, 2)).astype(np.float32)
    peak = traced_peak(lambda: model.predict(x))
    assert peak < 200 * MiB          # one chunk of 4096 rows would be 3.3 GB
    np.testing.assert_allclose(model.predict(x[:5]), model.predict(x)[:5], rtol=1e-5)


def test_float32_layers_are_drawn_without_a_float64_copy():
    shape = (4000, 2000)
    w_bytes = shape[0] * shape[1] * 4
    for name in ("glorot_uniform", "he_normal"):
        init = initializers.get(name)
        peak = traced_peak(lambda: init(shape, np.random.default_rng(0), np.float32))
        assert peak < 1.5 * w_bytes      # W itself and one chunk; a float64 W first would make it 3x
    model = Sequential([Dense(shape[1], input_dim=shape[0], kernel_initializer="he_normal")], seed=7)
    # ... and the numbers are those of one big float64 draw, as before (same seed, same weights)
    expected = np.random.default_rng(7).normal(0.0, np.sqrt(2.0 / shape[0]), size=shape).astype(np.float32)
    np.testing.assert_array_equal(model.get_weights()[0], expected)


def test_limit_from_the_environment_and_the_setting(monkeypatch, limit):
    assert parse_bytes("8G") == 8 * 1024 ** 3 and parse_bytes("512 MiB") == 512 * MiB
    assert parse_bytes("1000") == 1000 and parse_bytes("1.5k") == 1536
    for bad in ("lots", "-5G", "0", "8Q"):
        with pytest.raises(ValueError):
            parse_bytes(bad)
    monkeypatch.setenv(ENV_VARIABLE, "3G")
    assert memory_limit() == 3 * 1024 ** 3
    limit(5 * MiB)
    assert memory_limit() == 5 * MiB
    limit(None)
    monkeypatch.setenv(ENV_VARIABLE, "nonsense")          # a typo does not stop the studio
    monkeypatch.delenv(ENV_VARIABLE)
    total = total_memory()
    assert memory_limit() == (max(1024 ** 3, total // 4) if total else 4 * 1024 ** 3)
    with pytest.raises(ValueError):
        set_memory_limit(0)
    assert format_bytes(62_720_000_000) == "58.4 GiB" and format_bytes(512) == "512 bytes"


def test_check_memory_returns_the_estimate_when_it_fits():
    est = check_memory((2, 2, 1), batch_size=4, optimizer="sgd")
    assert est.parameters == 9 and est.total_bytes < MiB


def test_a_race_or_a_sweep_counts_every_copy_of_the_network_and_is_refused_before_allocating(limit):
    from nnstudio.engine.race import Race
    from nnstudio.engine.sweep import seed_sweep

    model = Sequential([Dense(1000, input_dim=1000, activation="relu"), Dense(10, activation="softmax")])
    model.compile(optimizer="adam", loss="categorical_crossentropy")
    contestants = {"SGD": "sgd", "Adam": "adam", "RMSprop": "rmsprop"}
    one = estimate(model, 1, optimizer="adam").total_bytes
    template = estimate(model, 1, optimizer=None).training_bytes
    three = check_copies(model, list(contestants.values()), extra_bytes=template)
    assert three > 2.5 * estimate(model, 1, optimizer="adam").parameter_bytes
    limit(three - 1)                                # two copies fit, three (and the template) do not
    started = time.perf_counter()
    peak = traced_peak(lambda: Race(model, contestants))
    assert time.perf_counter() - started < 1.0 and peak < one
    with pytest.raises(MemoryLimitError, match=r"^Training 3 networks at once \(about .* each\) would need about "
                                               r".* more than the limit of"):
        Race(model, contestants)
    race = Race(model, {"SGD": "sgd", "Adam": "adam"})
    with pytest.raises(MemoryLimitError, match="Training 3 networks at once"):
        race.add("RMSprop", "rmsprop")              # one more, later, the same
    assert race.names == ("SGD", "Adam")
    x, y = np.zeros((64, 1000), np.float32), np.eye(10, dtype=np.float32)[np.arange(64) % 10]
    with pytest.raises(MemoryLimitError, match="Training 6 networks at once"):
        seed_sweep(model, {"SGD": "sgd", "Adam": "adam"}, x, y, seeds=(0, 1, 2), steps=2, batch_size=32)
    limit(None)
    assert len(seed_sweep(model, {"SGD": "sgd", "Adam": "adam"}, x, y, seeds=(0, 1), steps=2, batch_size=32)
               .summaries()) == 2


def test_a_race_is_checked_again_with_its_batches_when_it_runs(limit):
    """Contestants are added before the batch size is known (checked with batches of 1); the run knows it, and a
    batch whose buffers would exceed the limit is refused before the first step."""
    from nnstudio.engine.race import Race

    model = Sequential([Dense(2000, input_dim=20, activation="relu"), Dense(1, activation="sigmoid")])
    model.compile(optimizer="sgd", loss="binary_crossentropy")
    contestants = {"SGD": "sgd", "Adam": "adam"}
    template = estimate(model, 1, optimizer=None).training_bytes
    limit(check_copies(model, list(contestants.values()), 64, extra_bytes=template) + 1)
    race = Race(model, contestants)
    x, y = np.zeros((4096, 20), np.float32), np.zeros((4096, 1), np.float32)
    with pytest.raises(MemoryLimitError, match="Training 2 networks at once"):
        next(race.run(x, y, batch_size=4096, steps=1))
    assert race.steps == 0
    assert len(list(race.run(x, y, batch_size=64, steps=2))) == 2
