"""BatchStream: one shuffled index stream, shareable by many models; fit_iter on a stream; train_step and
backprop_trace."""
import numpy as np
import pytest

from nnstudio.engine import Dense, Dropout, Sequential
from nnstudio.engine.batches import BatchStream

from .helpers import XOR_X, XOR_Y


def small_problem(n=50, seed=0):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, 3)).astype(np.float32)
    y = (x[:, :1] * x[:, 1:2] > 0).astype(np.float32)
    return x, y


def net(seed=0, dropout=0.0, dtype="float32", loss="binary_crossentropy"):
    layers = [Dense(6, input_dim=3, activation="tanh")]
    if dropout:
        layers.append(Dropout(dropout))
    layers.append(Dense(1, activation="sigmoid"))
    model = Sequential(layers, seed=seed, dtype=dtype)
    model.compile(optimizer={"name": "sgd", "lr": 0.5, "momentum": 0.9}, loss=loss, metrics=["accuracy"])
    return model


def test_each_epoch_is_a_permutation_cut_into_batches():
    stream = BatchStream(10, 4, seed=3)
    assert stream.batches == 3
    epoch0 = [stream.batch(0, b) for b in range(3)]
    assert [len(b) for b in epoch0] == [4, 4, 2]
    assert sorted(np.concatenate(epoch0).tolist()) == list(range(10))
    assert not np.array_equal(stream.order(0), stream.order(1))


def test_a_seeded_stream_is_a_function_of_seed_and_epoch_whoever_reads_it():
    a, b = BatchStream(100, 16, seed=7), BatchStream(100, 16, seed=7)
    late = b.order(5).copy()                  # read out of order
    for epoch in range(6):
        a.order(epoch)
    np.testing.assert_array_equal(a.order(5), late)
    assert not np.array_equal(BatchStream(100, 16, seed=8).order(0), a.order(0))
    assert a.fingerprint() == b.fingerprint() != BatchStream(100, 16, seed=8).fingerprint()


def test_orders_are_read_only_so_no_reader_can_spoil_another():
    stream = BatchStream(8, 8, seed=0)
    with pytest.raises(ValueError):
        stream.order(0)[0] = 1


def test_a_generator_stream_draws_in_sequence_only():
    stream = BatchStream(8, 4, rng=np.random.default_rng(0))
    stream.order(0)
    with pytest.raises(ValueError, match="in sequence"):
        stream.order(2)


def test_unshuffled_and_bad_arguments():
    stream = BatchStream(5, 2, shuffle=False)
    assert stream.batch(0, 2).tolist() == [4]
    for kwargs in ({"n": 0, "batch_size": 2, "seed": 0}, {"n": 5, "batch_size": 0, "seed": 0},
                   {"n": 5, "batch_size": 2}, {"n": 5, "batch_size": 2, "seed": -1},
                   {"n": 5, "batch_size": 2, "seed": 0, "rng": np.random.default_rng()}):
        with pytest.raises(ValueError):
            BatchStream(**kwargs)
    with pytest.raises(IndexError):
        stream.batch(0, 3)


def test_fit_iter_by_default_is_the_models_own_shuffle():
    """Without a stream, fit_iter draws each epoch's order from model.rng when the epoch starts (between the
    previous epoch's dropout masks and this epoch's), exactly as before streams existed."""
    x, y = small_problem()
    model = net(dropout=0.3)
    records = model.fit_iter(x, y, batch_size=8, epochs=2)
    losses = [r.loss for r in records if hasattr(r, "batch")]

    # the same training written out by hand: permutation, then a step per batch, from the model's rng
    ref = net(dropout=0.3)
    xs, ys = ref.prepare(x, y)
    expected = []
    for _ in range(2):
        order = ref.rng.permutation(len(x))
        for start in range(0, len(x), 8):
            idx = order[start:start + 8]
            expected.append(ref.train_step(xs[idx], ys[idx]))
    assert losses == expected
    for p, q in zip(model.get_weights(), ref.get_weights()):
        np.testing.assert_array_equal(p, q)


@pytest.mark.parametrize("stop", [3, 7, 14, 16])       # mid-epoch, at an epoch's end, in the next epochs
def test_fit_iter_goes_on_from_a_saved_position_as_if_it_never_stopped(stop):
    """A run stopped after ``stop`` steps and continued by a new model — given the weights, the rng's state,
    the optimizer's state and the FitPosition — takes the same batches, dropout masks and updates, and its
    epoch records average over the whole epoch."""
    from nnstudio.engine.model import FitPosition

    x, y = small_problem()
    straight = list(net(dropout=0.3).fit_iter(x, y, batch_size=8, epochs=4))
    model, position = net(dropout=0.3), FitPosition()
    run = model.fit_iter(x, y, batch_size=8, epochs=4, position=position)
    first = [next(run) for _ in range(stop)]
    again = net(seed=9, dropout=0.3)          # other weights and generator: everything comes from the save
    again.set_weights(model.get_weights())
    again.rng.bit_generator.state = model.rng.bit_generator.state
    again.set_optimizer_state(model.optimizer_state())
    saved = FitPosition(position.epoch, position.batch, position.order, position.loss_sum, position.acc_sum,
                        position.seen, position.seconds)
    rest = list(again.fit_iter(x, y, batch_size=8, epochs=4, position=saved))

    def numbers(records):
        return [(r.epoch, getattr(r, "batch", None), r.loss, r.accuracy, getattr(r, "val_loss", None))
                for r in records]
    assert numbers(first + rest) == numbers(straight)


def test_a_stream_continues_from_a_saved_epoch_order():
    rng = np.random.default_rng(4)
    stream = BatchStream(10, 4, rng=rng)
    stream.order(0)
    order1, after = stream.order(1), rng.bit_generator.state
    later = [stream.order(2), stream.order(3)]
    rng.bit_generator.state = after
    again = BatchStream(10, 4, rng=rng)
    again.start_at(1, order1)
    np.testing.assert_array_equal(again.order(1), order1)
    assert all(np.array_equal(again.order(e), o) for e, o in zip((2, 3), later))
    with pytest.raises(ValueError, match="not a permutation of the 10 rows"):
        again.start_at(1, np.zeros(10, np.int64))


def test_two_models_given_one_stream_train_on_identical_batches():
    x, y = small_problem()
    stream = BatchStream(len(x), 8, seed=11)
    seen = {0: [], 1: []}

    class Spy:
        def __init__(self, model, k):
            original = model.train_step

            def train_step(xb, yb):
                seen[k].append(xb.copy())
                return original(xb, yb)
            model.train_step = train_step

    a, b = net(seed=0), net(seed=5)          # different weights: different losses, same batches
    Spy(a, 0)
    Spy(b, 1)
    gen_a = a.fit_iter(x, y, epochs=3, stream=stream)
    gen_b = b.fit_iter(x, y, epochs=3, stream=stream)
    for _ in range(10):                      # interleaved, a ahead of b
        next(gen_a)
    for ra in gen_a:
        pass
    for rb in gen_b:
        pass
    assert len(seen[0]) == len(seen[1]) == 3 * stream.batches
    for xa, xb in zip(seen[0], seen[1]):
        np.testing.assert_array_equal(xa, xb)
    # identical models on one stream: bit-identical runs
    c, d = net(seed=2), net(seed=2)
    lc = [r.loss for r in c.fit_iter(x, y, epochs=2, stream=stream) if hasattr(r, "batch")]
    ld = [r.loss for r in d.fit_iter(x, y, epochs=2, stream=stream) if hasattr(r, "batch")]
    assert lc == ld


def test_a_stream_over_other_data_is_refused():
    x, y = small_problem()
    with pytest.raises(ValueError, match="covers 10 samples"):
        next(net().fit_iter(x, y, stream=BatchStream(10, 4, seed=0)))


def test_train_step_equals_train_on_batch():
    x, y = small_problem()
    a, b = net(), net()
    xs, ys = a.prepare(x, y)
    for _ in range(3):
        assert a.train_step(xs, ys) == b.train_on_batch(x, y)
    for p, q in zip(a.get_weights(), b.get_weights()):
        np.testing.assert_array_equal(p, q)


@pytest.mark.parametrize("loss", ["binary_crossentropy", "mse", "quadratic"])
def test_backprop_trace_keeps_every_delta_and_matches_the_training_step(loss):
    x, y = small_problem(n=7)
    model = net(dtype="float64", loss=loss)
    before = model.get_weights()
    trace = model.backprop_trace(x, y)
    for p, q in zip(before, model.get_weights()):
        np.testing.assert_array_equal(p, q)        # nothing trained
    assert len(trace.zs) == len(trace.deltas) == 2 and len(trace.activations) == 3
    np.testing.assert_array_equal(trace.activations[0], x.astype(np.float64))
    np.testing.assert_allclose(trace.activations[-1], model.predict(x), rtol=1e-12)
    # the training step's gradients (it overwrites δ as it goes; the trace keeps them)
    xs, ys = model.prepare(x, y)
    cost = model._forward_backward(xs, ys, model.rng)
    assert trace.cost == pytest.approx(cost, rel=1e-12)
    for l, layer in enumerate(model.dense_layers):
        np.testing.assert_allclose(trace.nabla_w[l], layer.dW, rtol=1e-10, atol=1e-14)
        np.testing.assert_allclose(trace.nabla_b[l], layer.db, rtol=1e-10, atol=1e-14)
        np.testing.assert_allclose(trace.nabla_b[l], trace.deltas[l].sum(axis=0))


def test_backprop_trace_on_one_example_of_the_lecture_network():
    model = Sequential([Dense(2, input_dim=2, activation="sigmoid"), Dense(1, activation="sigmoid")],
                       dtype="float64")
    model.compile(optimizer="sgd", loss="binary_crossentropy")
    trace = model.backprop_trace(XOR_X[1], XOR_Y[1])
    assert trace.zs[0].shape == (1, 2) and trace.deltas[-1].shape == (1, 1)
    # output δ of sigmoid + cross-entropy is a − y
    np.testing.assert_allclose(trace.deltas[-1], trace.activations[-1] - 1.0)
