"""Nielsen's vanishing-gradient experiment and the overfitting lab: the mechanics on small synthetic data (fast),
and the published figures and measured cures on MNIST (slow; skipped when MNIST is not found)."""
import numpy as np
import pytest

from nnstudio.lessons import overfitting, vanishing
from nnstudio.lessons.catalog import LessonState, gap_closed, overfitting_seen
from tests.lessons.overfitting_runs import remember_overfitting_runs


@pytest.fixture(scope="module")
def mnist():
    from nnstudio.data.mnist import DataError, load_mnist

    try:
        return load_mnist("mnist")
    except DataError as exc:
        pytest.skip(f"MNIST not found (set NNSTUDIO_DATA or run `nnstudio download mnist`): {exc}")


def _sigmoid(z):
    return 1 / (1 + np.exp(-z))


def test_speed_of_learning_is_nielsens_bias_gradient_norm():
    """Against network2.py's backprop written out per example: δ^L = a − y (cross-entropy), δ^l = (W δ) ⊙ σ′,
    ∂C/∂b^l = δ^l, averaged over the examples."""
    rng = np.random.default_rng(1)
    x, labels = rng.uniform(size=(40, 12)), rng.integers(0, 4, size=40)
    sizes = (12, 6, 5, 5, 4)
    norms = vanishing.speed_of_learning(sizes, seed=3, data=(x, labels))
    from nnstudio.engine import Dense, Sequential
    model = Sequential([Dense(u, input_dim=12 if i == 0 else None, activation="sigmoid", kernel_initializer="nielsen",
                              bias_initializer="normal") for i, u in enumerate(sizes[1:])], seed=3, dtype="float64")
    W, b = model.get_weights()[0::2], model.get_weights()[1::2]
    total = [np.zeros(n) for n in sizes[1:]]
    for xi, label in zip(x, labels):
        activations = [xi]
        for Wl, bl in zip(W, b):
            activations.append(_sigmoid(activations[-1] @ Wl + bl))
        delta = activations[-1] - np.eye(4)[label]
        total[-1] += delta
        for l in range(len(W) - 1, 0, -1):
            a = activations[l]
            delta = (W[l] @ delta) * a * (1 - a)
            total[l - 1] += delta
    expected = [np.linalg.norm(t / len(x)) for t in total[:-1]]
    np.testing.assert_allclose(norms, expected, rtol=1e-10)
    assert len(norms) == 3 and vanishing.factor(norms) == norms[-1] / norms[0]


def test_speed_of_learning_checks_its_input():
    with pytest.raises(ValueError, match="hidden layer"):
        vanishing.speed_of_learning((4, 2), data=(np.zeros((2, 4)), np.zeros(2, int)))
    with pytest.raises(ValueError, match="3 features"):
        vanishing.speed_of_learning((4, 3, 2), data=(np.zeros((2, 3)), np.zeros(2, int)))


def test_the_lab_says_when_its_networks_wait_for_the_compiler(monkeypatch):
    """Adam on [784, 256, 256, 10] takes the compiled kernels; once they are built nothing is pending."""
    from nnstudio.engine import _fused
    monkeypatch.setattr(_fused, "ready", lambda: False)
    assert overfitting.kernels_pending(["none"])
    monkeypatch.setattr(_fused, "would_use", lambda model, batch: model.count_params() < 30000)
    assert not overfitting.kernels_pending(["none", "l2"]) and overfitting.kernels_pending(["none", "smaller"])
    monkeypatch.setattr(_fused, "ready", lambda: True)
    assert not overfitting.kernels_pending(["none", "smaller"])


def test_each_cure_changes_the_network_or_the_data():
    assert overfitting.spec_for("none") == overfitting.LARGE
    assert all(layer.l2 == overfitting.L2 for layer in overfitting.spec_for("l2").hidden)
    assert all(layer.l1 == overfitting.L1 for layer in overfitting.spec_for("l1").hidden)
    assert all(layer.dropout == 0.5 for layer in overfitting.spec_for("dropout").hidden)
    assert overfitting.spec_for("augmentation") == overfitting.LARGE
    assert overfitting.spec_for("smaller").sizes == (784, 30, 10)
    for cure in overfitting.CURES:
        overfitting.spec_for(cure).validate()
    with pytest.raises(ValueError, match="dropout"):
        overfitting.spec_for("early_stopping")


def test_the_lab_records_both_curves():
    rng = np.random.default_rng(0)
    data = (rng.uniform(size=(40, 784)).astype(np.float32), rng.integers(0, 10, 40),
            rng.uniform(size=(20, 784)).astype(np.float32), rng.integers(0, 10, 20))
    table = overfitting.overfitting_table(cures=("none", "augmentation"), epochs=2, data=data)
    assert [r.cure for r in table] == ["none", "augmentation"]
    for r in table:
        assert len(r.train_accuracies) == len(r.test_accuracies) == 2
        assert r.gap == r.train_accuracy - r.test_accuracy
        assert 0 <= r.test_accuracy <= 1


@pytest.mark.slow
@pytest.mark.parametrize("sizes, published", list(zip(vanishing.NIELSEN_SIZES, vanishing.NIELSEN_FACTORS)))
def test_nielsens_factors_within_a_factor_of_two(mnist, sizes, published):
    norms = vanishing.speed_of_learning(sizes)
    assert all(a < b for a, b in zip(norms, norms[1:]))          # each layer learns faster than the one before
    assert published / 2 <= vanishing.factor(norms) <= published * 2


@pytest.mark.slow
def test_relu_with_he_learns_evenly_and_large_weights_explode(mnist):
    for sizes in vanishing.NIELSEN_SIZES:
        relu = vanishing.speed_of_learning(sizes, **vanishing.EXPERIMENTS["relu_he"])
        assert 0.5 <= vanishing.factor(relu) <= 2
        large = vanishing.speed_of_learning(sizes, **vanishing.EXPERIMENTS["large_weights"])
        assert vanishing.factor(large) < 0.5 ** (len(sizes) - 3) / 2  # grows toward the input with every layer


def _studio_factor(mnist, hidden, activation, initializer, seed):
    """The last hidden layer's bias gradient over the first's, as the lesson's studio measures it at its first
    step: [784, 30 × hidden, 10] built by the studio (biases 0), one batch of 10 MNIST images."""
    from nnstudio.engine.spec import LayerSpec, NetworkSpec
    spec = NetworkSpec(784, (LayerSpec(30, activation, initializer),) * hidden, LayerSpec(10, "sigmoid", "nielsen"),
                       problem="multilabel")
    model = spec.build(seed=seed, optimizer="sgd", batch_size=10)
    idx = np.random.default_rng(seed).choice(len(mnist.x_train), 10, replace=False)
    x, y = mnist.x_train[idx].astype(np.float32), np.eye(10, dtype=np.float32)[mnist.y_train[idx]]
    trace = model.backprop_trace(x, y)
    norms = [np.linalg.norm(b) for b in trace.nabla_b[:-1]]
    return norms[-1] / norms[0]


@pytest.mark.slow
def test_the_vanishing_tasks_say_what_the_studio_takes(mnist):
    """Lesson 5's "100× smaller" needs five sigmoid layers in the studio (its biases start at 0): Nielsen's four,
    95× in his book and on the page, gave 53–82×, and the task did not say why. Its exploding task came within
    10.8× of its 10× with three ReLU layers on one seed in eight: it says that more layers make it surer."""
    from nnstudio.lessons.catalog import lesson
    tasks = {t.id: t.text for t in lesson("vanishing").tasks}
    seeds = range(8)
    assert all(_studio_factor(mnist, 4, "sigmoid", "nielsen", s) < 100 for s in seeds)       # his four: short
    assert all(_studio_factor(mnist, 5, "sigmoid", "nielsen", s) >= 100 for s in seeds)      # five: on every seed
    assert "biases at 0" in tasks["hundredfold"] and "four hidden layers' 95× is less here" in tasks["hundredfold"]
    assert all(1 / _studio_factor(mnist, 4, "relu", "normal", s) >= 10 for s in seeds)      # four: on every seed
    assert "the more layers, the surer" in tasks["explode"]


@pytest.mark.slow
def test_the_overfitting_lab_on_mnist(mnist, monkeypatch):
    remember_overfitting_runs(monkeypatch)       # the lab's view test trains the same two: once per session
    table = {r.cure: r for r in overfitting.overfitting_table(cures=("none", "augmentation"))}
    none, augmented = table["none"], table["augmentation"]
    assert none.train_accuracy >= 0.995 and none.gap >= 0.05    # the texts: training accuracy climbs to 100 %
    assert augmented.gap < none.gap / 2
    # the lesson's two tasks, on these curves
    def as_state(r):
        return LessonState(train_accuracies=r.train_accuracies, test_accuracies=r.test_accuracies)
    assert overfitting_seen(as_state(none)) and not gap_closed(as_state(none))
    assert gap_closed(as_state(augmented)) and not overfitting_seen(as_state(augmented))


def test_nielsens_network_as_the_lesson_sets_it_up_learns_as_in_his_book(mnist):
    """Nielsen's chapter 1: 9129 of 10,000 test images right after the first epoch. The lesson's set-up started
    from unlucky weights: 63.75 % after the first epoch and below 90 % for eight, so its task (90 %) dragged on
    and the learner never saw the book's numbers. (The studio trains exactly as fit does: same seed, batches.)"""
    from nnstudio.lessons import cost

    training = cost.NIELSEN_TRAINING
    model = cost.NIELSEN_SPEC.build(seed=training["seed"])
    model.compile(optimizer={"name": training["optimizer"], "lr": training["lr"]}, loss=cost.NIELSEN_SPEC.loss_name)
    model.fit(mnist.x_train, mnist.y_train, epochs=1, batch_size=training["batch_size"], verbose=0)
    assert np.mean(model.predict(mnist.x_test).argmax(axis=1) == mnist.y_test) >= 0.90
