"""Sequential: the lecture's networks, Keras' API, determinism, fit_iter records and callbacks."""
import numpy as np
import pytest

from nnstudio.engine import (SGD, Adam, BatchRecord, Callback, Dense, Dropout, EpochRecord, LambdaCallback,
                             NotCompiledError, Sequential)
from nnstudio.engine.callbacks import EarlyStopping

from .helpers import LECTURE_XOR_WEIGHTS, XOR_X, XOR_Y, PlainSGD


def iris_like(n=150, seed=0):
    """4 features, 3 classes (the shape of the lecture's Keras example), linearly separable-ish."""
    rng = np.random.default_rng(seed)
    y = rng.integers(0, 3, n)
    centers = np.array([[0, 0, 0, 0], [3, 3, 0, 0], [0, 3, 3, 3]], dtype=np.float32)
    x = centers[y] + rng.normal(scale=0.7, size=(n, 4)).astype(np.float32)
    return x, y


def xor_net(seed=0, dtype="float32", **kw):
    return Sequential([Dense(2, input_dim=2, activation="sigmoid", **kw), Dense(1, activation="sigmoid", **kw)],
                      seed=seed, dtype=dtype)


def test_lecture_keras_snippet_runs_as_written():
    x, y = iris_like()
    model = Sequential()
    model.add(Dense(8, input_dim=4, activation='relu'))
    model.add(Dense(8, activation='relu'))
    model.add(Dense(3, activation='softmax'))
    model.compile(loss='categorical_crossentropy', optimizer='adam', metrics=['accuracy'])
    y_onehot = np.eye(3)[y]
    history = model.fit(x, y_onehot, epochs=30, batch_size=10, verbose=0)
    loss, accuracy = model.evaluate(x, y_onehot)
    assert len(history.history["loss"]) == 30 and history.history["loss"][-1] < history.history["loss"][0]
    assert accuracy > 0.9
    assert [w.shape for w in model.get_weights()] == [(4, 8), (8,), (8, 8), (8,), (8, 3), (3,)]
    assert model.predict(x[:5]).shape == (5, 3)
    text = model.summary(print_fn=None)
    assert "Total params: 139" in text and "softmax" in text


def test_int_labels_with_categorical_crossentropy_equal_one_hot():
    x, y = iris_like(30)
    model = Sequential([Dense(3, input_dim=4, activation="softmax")], seed=1)
    model.compile(optimizer="sgd", loss="categorical_crossentropy", metrics=["accuracy"])
    assert model.evaluate(x, y) == model.evaluate(x, np.eye(3)[y])
    with pytest.raises(ValueError, match="0..2"):
        model.evaluate(x, y + 1)


def test_lecture_xor_weights_give_the_truth_table():
    model = xor_net()
    model.set_weights(LECTURE_XOR_WEIGHTS)
    out = model.predict(XOR_X).ravel()
    np.testing.assert_array_equal(out > 0.5, [False, True, True, False])
    # the lecture's worked example for (0,0): unit 1 -> sigmoid(-8) ≈ 0, unit 2 -> sigmoid(3) ≈ 1, output
    # sigmoid(-11 y1 - 11 y2 + 6) ≈ sigmoid(-5) ≈ 0 (exactly: with y2 = 0.9526, sigmoid(-4.48) = 0.0112)
    def sigmoid(z):
        return 1 / (1 + np.exp(-z))
    hidden = model.layer_outputs(XOR_X)[0]
    np.testing.assert_allclose(hidden[0], [sigmoid(-8), sigmoid(3)], rtol=1e-5)
    assert out[0] == pytest.approx(sigmoid(-11 * sigmoid(-8) - 11 * sigmoid(3) + 6), rel=1e-5)
    assert out[0] < 0.02 and out[1] > 0.98


XOR_SEEDS = range(20)
XOR_MIN_SUCCESSES = 13  # measured: 15 of 20 seeds (SGD lr 1, momentum 0.9, BCE, 1000 full-batch steps)


def test_a_2_2_1_sigmoid_net_learns_xor_from_random_weights_for_most_seeds():
    solved = 0
    for seed in XOR_SEEDS:
        model = xor_net(seed)
        model.compile(optimizer=SGD(lr=1.0, momentum=0.9), loss="binary_crossentropy", metrics=["accuracy"])
        for _ in range(1000):
            model.train_on_batch(XOR_X, XOR_Y)
        solved += bool(np.all((model.predict(XOR_X) > 0.5) == (XOR_Y > 0.5)))
    assert solved >= XOR_MIN_SUCCESSES, f"XOR learned for only {solved} of {len(XOR_SEEDS)} seeds"


def _train_small(seed, dtype="float32", dropout=0.2):
    x, y = iris_like(60, seed=3)
    model = Sequential([Dense(6, input_dim=4, activation="tanh"), Dropout(dropout),
                        Dense(3, activation="softmax")], seed=seed, dtype=dtype)
    model.compile(optimizer=Adam(lr=0.01), loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    model.fit(x, y, epochs=3, batch_size=16, verbose=0)
    return model


def test_same_seed_gives_identical_training_runs():
    a, b, c = _train_small(7), _train_small(7), _train_small(8)
    for wa, wb in zip(a.get_weights(), b.get_weights()):
        np.testing.assert_array_equal(wa, wb)
    assert a.history.history == b.history.history
    assert not np.array_equal(a.get_weights()[0], c.get_weights()[0])


def test_float64_models_train_in_float64():
    model = _train_small(1, dtype="float64")
    assert model.dtype == np.float64
    assert all(w.dtype == np.float64 for w in model.get_weights())
    assert model.predict(np.zeros((2, 4))).dtype == np.float64
    with pytest.raises(ValueError, match="float32' or 'float64"):
        Sequential([Dense(1, input_dim=1)], dtype="float16")


def test_train_on_batch_takes_exactly_one_step_and_returns_the_loss_before_it():
    x, y = iris_like(20)
    model = Sequential([Dense(3, input_dim=4, activation="softmax")], seed=2)
    opt = PlainSGD(lr=0.1)
    model.compile(optimizer=opt, loss="sparse_categorical_crossentropy")
    before = model.evaluate(x, y)
    W0 = model.get_weights()[0]
    loss = model.train_on_batch(x, y)
    assert isinstance(loss, float) and loss == pytest.approx(before, rel=1e-6)
    assert opt.iterations == 1 and model.steps == 1
    np.testing.assert_allclose(model.get_weights()[0], W0 - 0.1 * model.layers[0].dW, rtol=1e-6)
    assert model.evaluate(x, y) < before


def test_fit_iter_yields_batch_and_epoch_records():
    x, y = iris_like(50)
    model = Sequential([Dense(4, input_dim=4, activation="relu"), Dense(3, activation="softmax")], seed=0)
    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
    records = list(model.fit_iter(x, y, batch_size=16, epochs=2, validation_data=(x[:10], y[:10])))
    kinds = [type(r).__name__ for r in records]
    assert kinds == ["BatchRecord"] * 4 + ["EpochRecord"] + ["BatchRecord"] * 4 + ["EpochRecord"]
    batches = [r for r in records if isinstance(r, BatchRecord)]
    assert [r.step for r in batches] == list(range(1, 9))
    assert [r.batch for r in batches[:4]] == [0, 1, 2, 3] and {r.batches for r in batches} == {4}
    assert [r.batch_size for r in batches[:4]] == [16, 16, 16, 2]
    assert all(0.0 <= r.accuracy <= 1.0 and np.isfinite(r.loss) for r in batches)
    epoch = records[4]
    assert isinstance(epoch, EpochRecord) and epoch.epoch == 0
    sizes = np.array([16, 16, 16, 2])
    assert epoch.loss == pytest.approx(np.dot([r.loss for r in batches[:4]], sizes) / 50)
    # the validation metrics are those of the weights after the epoch: a twin trained one epoch agrees
    twin = Sequential([Dense(4, input_dim=4, activation="relu"), Dense(3, activation="softmax")], seed=0)
    twin.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
    list(twin.fit_iter(x, y, batch_size=16, epochs=1))
    val_loss, val_accuracy = twin.evaluate(x[:10], y[:10])
    assert epoch.val_loss == pytest.approx(val_loss, rel=1e-6) and epoch.val_accuracy == val_accuracy
    assert epoch.seconds > 0 and epoch.samples_per_second > 0
    with pytest.raises(AttributeError):  # records are frozen
        epoch.loss = 0.0


def test_fit_iter_without_epochs_runs_until_the_caller_stops():
    x, y = iris_like(20)
    model = Sequential([Dense(3, input_dim=4, activation="softmax")])
    model.compile(optimizer="sgd", loss="categorical_crossentropy")
    it = model.fit_iter(x, y, batch_size=5)
    epochs = 0
    for record in it:
        if isinstance(record, EpochRecord):
            epochs += 1
            if epochs == 7:
                break
    assert model.steps == 28 and model.layers[0].W.shape == (4, 3)


def test_stop_training_from_a_callback_stops_after_the_current_step():
    x, y = iris_like(64)
    model = Sequential([Dense(3, input_dim=4, activation="softmax")])
    model.compile(optimizer="sgd", loss="categorical_crossentropy", metrics=["accuracy"])
    seen = []

    class StopAtFive(Callback):
        def on_batch_end(self, record):
            seen.append(record.step)
            if record.step == 5:
                self.model.stop_training = True

    history = model.fit(x, y, epochs=10, batch_size=8, verbose=0, callbacks=[StopAtFive()])
    assert seen == [1, 2, 3, 4, 5] and model.steps == 5
    assert len(history.history["loss"]) == 1  # the partial epoch still ends with its record, as in Keras


def test_callbacks_see_every_hook_in_order(capsys):
    x, y = iris_like(20)
    model = Sequential([Dense(3, input_dim=4, activation="softmax")])
    model.compile(optimizer="sgd", loss="categorical_crossentropy", metrics=["accuracy"])
    events = []
    cb = LambdaCallback(on_train_begin=lambda: events.append("begin"),
                        on_epoch_begin=lambda e: events.append(f"epoch{e}"),
                        on_batch_end=lambda r: events.append("batch"),
                        on_epoch_end=lambda r: events.append(f"end{r.epoch}"),
                        on_train_end=lambda: events.append("done"))
    model.fit(x, y, epochs=2, batch_size=10, verbose=1, callbacks=[cb])
    assert events == ["begin", "epoch0", "batch", "batch", "end0", "epoch1", "batch", "batch", "end1", "done"]
    out = capsys.readouterr().out
    assert "Epoch 1/2" in out and "Epoch 2/2" in out and "accuracy:" in out


def test_early_stopping_stops_when_the_loss_does_not_improve():
    x, y = iris_like(30)
    model = Sequential([Dense(3, input_dim=4, activation="softmax")])
    model.compile(optimizer=SGD(lr=0.0), loss="categorical_crossentropy")  # lr 0: the loss never improves
    stopper = EarlyStopping(monitor="loss", patience=2)
    history = model.fit(x, y, epochs=20, batch_size=30, verbose=0, callbacks=[stopper], shuffle=False)
    # epoch 1 sets the best loss, epochs 2 and 3 do not improve on it: stop after 3 epochs, as Keras does
    assert len(history.history["loss"]) == 3 and stopper.stopped_epoch == 2


def test_dropout_is_inverted_and_inactive_in_predict_and_evaluate():
    model = Sequential([Dense(200, input_dim=1, kernel_initializer="ones"), Dropout(0.5),
                        Dense(1, kernel_initializer="ones")], seed=0)
    model.compile(optimizer=PlainSGD(0.0), loss="mse")
    x = np.ones((400, 1), np.float32)
    np.testing.assert_allclose(model.predict(x), 200.0)  # deterministic at test time
    np.testing.assert_allclose(model.predict(x), model.predict(x))
    model.train_on_batch(x, np.zeros((400, 1)))
    mask = model.layers[1].mask
    assert set(np.unique(mask)) == {0.0, 2.0}  # kept units scaled by 1/(1-rate)
    assert abs((mask == 0).mean() - 0.5) < 0.02
    # training outputs have the same expectation as the test-time output
    assert model.output_layer.a.mean() == pytest.approx(200.0, rel=0.02)
    with pytest.raises(ValueError, match="dropout rate"):
        Dropout(1.0)


def test_predict_returns_fresh_arrays_that_training_does_not_overwrite():
    x, y = iris_like(32)
    model = Sequential([Dense(4, input_dim=4, activation="relu"), Dense(3, activation="softmax")])
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
    p = model.predict(x)
    kept = p.copy()
    model.fit(x, y, epochs=1, batch_size=32, verbose=0)
    np.testing.assert_array_equal(p, kept)
    outputs = model.layer_outputs(x)
    assert [o.shape for o in outputs] == [(32, 4), (32, 3)]
    np.testing.assert_allclose(outputs[-1], model.predict(x), rtol=1e-6)


def test_set_weights_validates_and_copies_in_place():
    model = xor_net()
    W = model.layers[0].W
    model.set_weights(LECTURE_XOR_WEIGHTS)
    assert model.layers[0].W is W and W[0, 0] == 5.0  # the optimizer's references stay valid
    with pytest.raises(ValueError, match=r"W2 must have shape \(2, 1\)"):
        model.set_weights([w for w in LECTURE_XOR_WEIGHTS[:2]] + [np.zeros((1, 2)), np.zeros(1)])
    with pytest.raises(ValueError, match="needs 4 arrays"):
        model.set_weights(LECTURE_XOR_WEIGHTS[:2])


def test_input_size_is_taken_from_the_data_when_not_declared():
    model = Sequential([Dense(3, activation="relu"), Dense(1)], seed=0)
    assert not model.built and model.input_dim is None
    model.compile(optimizer="sgd", loss="mse")
    model.fit(np.zeros((4, 5)), np.zeros(4), epochs=1, verbose=0)
    assert model.input_dim == 5 and model.get_weights()[0].shape == (5, 3)


@pytest.mark.parametrize("call, message", [
    (lambda m: m.fit(np.zeros((3, 2)), np.zeros(3), verbose=0), "compile"),
])
def test_training_before_compile_says_what_to_do(call, message):
    with pytest.raises(NotCompiledError, match=message):
        call(xor_net())


def test_a_mistaken_compile_changes_nothing():
    """compile(loss="categorical_crossentropy", optimizer="adma") raised for the optimizer after it had set the
    loss: the model then trained with the new loss and the old optimizer, while the student saw an error."""
    model = xor_net()
    sgd = SGD(learning_rate=0.5)
    model.compile(optimizer=sgd, loss="binary_crossentropy", metrics=["accuracy"])
    for mistake in (dict(optimizer="adma", loss="mse"), dict(optimizer="adam", loss="mse", metrics=["precision"]),
                    dict(optimizer="adam", loss="hinge")):
        with pytest.raises(ValueError):
            model.compile(**mistake)
        assert (model.loss.name, model.optimizer, model.metrics) == ("binary_crossentropy", sgd, ["accuracy"])


def test_user_errors_have_specific_messages():
    model = xor_net()
    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])
    with pytest.raises(ValueError, match="expects 2 input features, but x has 3"):
        model.predict(np.zeros((1, 3)))
    with pytest.raises(ValueError, match="x has 4 samples but y has 3"):
        model.fit(XOR_X, XOR_Y[:3], verbose=0)
    with pytest.raises(ValueError, match=r"expected \(4, 1\)"):
        model.fit(XOR_X, np.zeros((4, 2)), verbose=0)
    with pytest.raises(ValueError, match="batch_size"):
        list(model.fit_iter(XOR_X, XOR_Y, batch_size=0))
    with pytest.raises(ValueError, match="only metric"):
        model.compile(optimizer="sgd", loss="mse", metrics=["f1"])
    with pytest.raises(ValueError, match="positive integer"):
        Dense(0)
    with pytest.raises(ValueError, match="unknown initializer|Unknown initializer"):
        Dense(2, kernel_initializer="bogus")


def test_diverging_training_reports_nan_instead_of_warning():
    model = Sequential([Dense(8, input_dim=2, activation="relu"), Dense(1)], seed=0)
    model.compile(optimizer=SGD(lr=1e6), loss="mse")
    x = np.random.default_rng(0).normal(size=(16, 2)) * 100
    losses = [model.train_on_batch(x, x[:, :1] * 50) for _ in range(30)]
    assert not np.isfinite(losses[-1])


def test_binary_accuracy_and_regression_without_metric():
    model = xor_net()
    model.compile(optimizer="sgd", loss="binary_crossentropy", metrics=["accuracy"])
    model.set_weights(LECTURE_XOR_WEIGHTS)
    loss, accuracy = model.evaluate(XOR_X, XOR_Y)
    assert accuracy == 1.0 and loss < 0.02
    model.compile(optimizer="sgd", loss="mse")
    assert isinstance(model.evaluate(XOR_X, XOR_Y), float)


def test_input_dropout_before_the_first_dense_layer():
    x, y = iris_like(40)
    model = Sequential([Dropout(0.2), Dense(3, input_dim=4, activation="softmax")], seed=0)
    assert model.built and model.input_dim == 4
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    history = model.fit(x, y, epochs=2, batch_size=8, verbose=0)
    assert len(history.history["loss"]) == 2 and model.steps == 10


def test_integer_labels_become_one_hot_for_nielsens_quadratic_cost():
    x, y = iris_like(30)
    model = Sequential([Dense(3, input_dim=4, activation="sigmoid")], seed=0)
    model.compile(optimizer="sgd", loss="quadratic", metrics=["accuracy"])
    assert model.evaluate(x, y) == model.evaluate(x, np.eye(3)[y])
    with pytest.raises(ValueError, match=r"expected \(30, 3\)"):
        model.evaluate(x, y.astype(np.float32))  # real-valued targets must have one column per output


def test_stepping_the_flat_parameter_array_equals_stepping_each_parameter():
    x, y = iris_like(32)
    model = Sequential([Dense(5, input_dim=4, activation="tanh"), Dense(3, activation="softmax")], seed=3,
                       dtype="float64")
    model.compile(optimizer=Adam(lr=0.01, weight_decay=0.1), loss="sparse_categorical_crossentropy")
    reference = model.get_weights()
    per_parameter = Adam(lr=0.01, weight_decay=0.1)
    for _ in range(3):
        model.train_on_batch(x, y)
        per_parameter.step(reference, [g.copy() for g in model._grads])
        for ours, ref in zip(model.get_weights(), reference):
            np.testing.assert_array_equal(ours, ref)
    # the layers' arrays are views into the one array the optimizer steps
    assert all(np.shares_memory(layer.W, model._flat_params) for layer in model.dense_layers)
    assert len(model.optimizer.updates) == 1
    ratio = model.layer_stats()[1].update_ratio
    assert ratio == pytest.approx(np.linalg.norm(per_parameter.updates[2]) / np.linalg.norm(reference[2]))


def test_a_deep_copy_trains_independently_and_predicts_with_what_it_trains():
    import copy
    x, y = iris_like(32)
    model = Sequential([Dense(4, input_dim=4, activation="relu"), Dense(3, activation="softmax")], seed=0)
    model.compile(optimizer="adam", loss="sparse_categorical_crossentropy")
    model.fit(x, y, epochs=1, batch_size=8, verbose=0)
    twin = copy.deepcopy(model)
    before = model.get_weights()
    twin.fit(x, y, epochs=3, batch_size=8, verbose=0)
    for a, b in zip(before, model.get_weights()):
        np.testing.assert_array_equal(a, b)  # the original is untouched
    assert np.shares_memory(twin.layers[0].W, twin._flat_params)
    assert not np.array_equal(twin.get_weights()[0], before[0])
    ref = np.maximum(x @ twin.layers[0].W + twin.layers[0].b, 0) @ twin.layers[1].W + twin.layers[1].b
    np.testing.assert_allclose(twin.predict(x).argmax(axis=1), ref.argmax(axis=1))


def test_keras_spellings_input_shape_and_validation_split():
    x, y = iris_like(50)
    model = Sequential([Dense(8, input_shape=(4,), activation="relu"), Dense(3, activation="softmax")], seed=0)
    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
    history = model.fit(x, y, epochs=2, batch_size=10, verbose=0, validation_split=0.2)
    assert model.input_dim == 4 and len(history.history["val_loss"]) == 2
    # the last 20 % (10 samples, taken before shuffling) were held out: the final val_loss is theirs
    assert history.history["val_loss"][-1] == pytest.approx(model.evaluate(x[-10:], y[-10:])[0], rel=1e-6)
    with pytest.raises(ValueError, match="input_shape must be"):
        Dense(8, input_shape=(28, 28))
    with pytest.raises(ValueError, match="validation_split"):
        model.fit(x, y, epochs=1, verbose=0, validation_split=1.5)


def test_nan_in_the_data_is_refused_with_its_place():
    x, y = iris_like(20)
    model = Sequential([Dense(3, input_dim=4, activation="softmax")], seed=0)
    model.compile(optimizer="sgd", loss="categorical_crossentropy")
    x[5, 2] = np.nan
    with pytest.raises(ValueError, match="row 5, column 2"):
        model.fit(x, y, epochs=1, verbose=0)
    reg = Sequential([Dense(1, input_dim=4)], seed=0)
    reg.compile(optimizer="sgd", loss="mse")
    targets = np.ones((20, 1), np.float32)
    targets[3, 0] = np.inf
    with pytest.raises(ValueError, match="y holds NaN or infinite values"):
        reg.train_on_batch(np.zeros((20, 4), np.float32), targets)
