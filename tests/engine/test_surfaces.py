"""Loss surfaces: exact gradients, and descents stepped by the optimizer classes that train networks."""
import math

import numpy as np
import pytest

from nnstudio.engine import Dense, Dropout, Sequential
from nnstudio.engine import surfaces
from nnstudio.engine.optimizers import Adam
from nnstudio.engine.surfaces import ELONGATED_FIGURE, SURFACES, Surface, descend, descent

ANALYTIC = [name for name in SURFACES if name != "network"]


def finite_difference(surface, p, h=1e-6):
    p = np.asarray(p, dtype=np.float64)
    return np.array([(surface(p + h * e) - surface(p - h * e)) / (2 * h) for e in np.eye(2)])


@pytest.mark.parametrize("name", ANALYTIC)
def test_gradients_match_finite_differences(name):
    surface = surfaces.get(name)
    xmin, xmax, ymin, ymax = surface.extent
    rng = np.random.default_rng(0)
    for _ in range(20):
        p = rng.uniform((xmin, ymin), (xmax, ymax))
        np.testing.assert_allclose(surface.gradient(p), finite_difference(surface, p), rtol=1e-6, atol=1e-6)


@pytest.mark.parametrize("name", ANALYTIC)
def test_minima_are_where_the_gradient_vanishes(name):
    surface = surfaces.get(name)
    for m in surface.minima + surface.local_minima:
        np.testing.assert_allclose(surface.gradient(m), 0.0, atol=1e-9)
        h = 1e-3    # and it is a minimum: f rises in every direction
        assert all(surface(np.add(m, d)) > surface(m) for d in ((h, 0), (-h, 0), (0, h), (0, -h)))
    if surface.minima and surface.local_minima:
        assert surface(surface.minima[0]) < surface(surface.local_minima[0])


def test_the_bowl_has_its_condition_number_and_surfaces_are_looked_up_by_name():
    bowl = surfaces.get("bowl", kappa=50)
    np.testing.assert_allclose(bowl.gradient((1.0, 1.0)), (1.0, 50.0))
    assert surfaces.get("Rosenbrock").name == "rosenbrock" and surfaces.get(bowl) is bowl
    with pytest.raises(ValueError, match="Unknown surface 'banana'"):
        surfaces.get("banana")
    with pytest.raises(ValueError, match="kappa"):
        surfaces.get("bowl", kappa=0.5)
    with pytest.raises(ValueError, match="Bad settings"):
        surfaces.get("saddle", kappa=3)
    xs, ys, values = surfaces.get("elongated").grid(5)
    assert values.shape == (5, 5) and values[0, 0] == pytest.approx(xs[0] ** 2 / 20 + ys[0] ** 2)
    assert values[4, 0] == pytest.approx(xs[0] ** 2 / 20 + ys[4] ** 2)


def test_descend_equals_a_hand_written_loop():
    """PyTorch's SGD-with-momentum and Adam written out by hand on Rosenbrock: the same path."""
    path = descend("rosenbrock", {"name": "sgd", "lr": 1e-3, "momentum": 0.9}, start=(-1.5, 2.0), steps=200)
    assert path.shape == (201, 2) and path.dtype == np.float64
    p, buf = np.array([-1.5, 2.0]), None
    expected = [p.copy()]
    grad = surfaces.get("rosenbrock").gradient
    for _ in range(200):
        g = grad(p)
        buf = g.copy() if buf is None else 0.9 * buf + g
        p = p - 1e-3 * buf
        expected.append(p)
    np.testing.assert_allclose(path, expected, rtol=1e-12)

    path = descend("beale", {"name": "adam", "lr": 0.05}, start=(1.0, 1.5), steps=300)
    p, m, v = np.array([1.0, 1.5]), np.zeros(2), np.zeros(2)
    expected = [p.copy()]
    for t in range(1, 301):
        g = surfaces.get("beale").gradient(p)
        m = 0.9 * m + 0.1 * g
        v = 0.999 * v + 0.001 * g * g
        p = p - 0.05 / (1 - 0.9 ** t) * m / (np.sqrt(v) / math.sqrt(1 - 0.999 ** t) + 1e-8)
        expected.append(p)
    np.testing.assert_allclose(path, expected, rtol=1e-10, atol=1e-12)


def test_the_textbook_figure_on_the_elongated_bowl():
    """"Deep Learning from Scratch", ch. 6 (ch06/optimizer_compare_naive.py): its own update rules from (-7, 2),
    its loop of 30 that records the point before each update — the figure's 30 points, the start and 29 steps (the
    app drew 31). SGD and Momentum are PyTorch's rules exactly; its AdaGrad and Adam add a 1e-7 epsilon elsewhere,
    which moves the path a little."""
    grad = surfaces.get("elongated").gradient
    start, steps, configs = ELONGATED_FIGURE["start"], ELONGATED_FIGURE["steps"], ELONGATED_FIGURE["optimizers"]

    def book(name):
        p, v, h, m, s = np.array(start), np.zeros(2), np.zeros(2), np.zeros(2), np.zeros(2)
        history = []
        for t in range(1, 30 + 1):
            history.append(p.copy())
            g = grad(p)
            if name == "SGD":
                p = p - 0.95 * g
            elif name == "Momentum":
                v = 0.9 * v - 0.1 * g
                p = p + v
            elif name == "AdaGrad":
                h = h + g * g
                p = p - 1.5 * g / (np.sqrt(h) + 1e-7)
            else:
                lr_t = 0.3 * np.sqrt(1.0 - 0.999 ** t) / (1.0 - 0.9 ** t)
                m += (1 - 0.9) * (g - m)
                s += (1 - 0.999) * (g ** 2 - s)
                p = p - lr_t * m / (np.sqrt(s) + 1e-7)
        return np.array(history)

    for name, config in configs.items():
        ours = descend("elongated", config, start, steps)
        tolerance = 1e-12 if name in ("SGD", "Momentum") else 1e-5
        assert ours.shape == (30, 2), name
        np.testing.assert_allclose(ours, book(name), rtol=tolerance, atol=tolerance, err_msg=name)


def test_momentum_escapes_the_local_minimum_where_sgd_settles():
    surface = surfaces.get("local_minimum")
    sgd = descend(surface, {"name": "sgd", "lr": 0.05}, steps=300)[-1]
    momentum = descend(surface, {"name": "sgd", "lr": 0.05, "momentum": 0.9}, steps=300)[-1]
    np.testing.assert_allclose(sgd, surface.local_minima[0], atol=1e-4)
    np.testing.assert_allclose(momentum, surface.minima[0], atol=1e-4)


def test_noisy_gradients_are_seeded_and_the_callers_optimizer_is_never_stepped():
    adam = Adam(lr=0.1)
    clean = descent("bowl", adam, steps=50)
    assert adam.iterations == 0 and adam.updates == []
    noisy = descent("bowl", adam, steps=50, noise=0.5, seed=1)
    again = descent("bowl", adam, steps=50, noise=0.5, seed=1)
    other = descent("bowl", adam, steps=50, noise=0.5, seed=2)
    np.testing.assert_array_equal(noisy.points, again.points)
    assert not np.array_equal(noisy.points, other.points) and not np.array_equal(noisy.points, clean.points)
    np.testing.assert_allclose(clean.gradients, [surfaces.get("bowl").gradient(p) for p in clean.points[:-1]])
    np.testing.assert_allclose(clean.points[1:], clean.points[:-1] - clean.updates)
    np.testing.assert_allclose(clean.values, [surfaces.get("bowl")(p) for p in clean.points])
    with pytest.raises(ValueError, match="standard deviation"):
        descent("bowl", adam, noise=-1)


def test_a_step_size_beyond_two_over_kappa_diverges_and_the_path_says_where():
    bowl = surfaces.get("bowl", kappa=50)
    calm = descent(bowl, {"name": "sgd", "lr": 0.039}, steps=200)
    wild = descent(bowl, {"name": "sgd", "lr": 0.05}, steps=200)
    assert calm.diverged_at is None and np.isfinite(calm.points).all()
    at = wild.diverged_at
    assert at is not None and np.isfinite(wild.points[:at]).all() and np.isnan(wild.points[at:]).all()
    assert wild.values[at - 1] <= 1e3 * wild.values[0]
    huge = descent("rosenbrock", {"name": "sgd", "lr": 1.0}, steps=50)     # overflows: inf, then NaN
    assert huge.diverged_at is not None and huge.points.shape == (51, 2)


def test_a_network_slice_is_the_networks_loss_along_two_weights():
    rng = np.random.default_rng(0)
    x, y = rng.normal(size=(30, 2)), rng.integers(0, 2, (30, 1)).astype(np.float64)
    model = Sequential([Dense(4, input_dim=2, activation="tanh"), Dropout(0.5), Dense(1, activation="sigmoid")],
                       seed=0)
    model.compile(optimizer="adam", loss="binary_crossentropy")
    surface = surfaces.get("network", model=model, x=x, y=y, weights=((0, 1, 2), (1, 0)), span=2.0)
    assert isinstance(surface, Surface) and surface.formula == "L(W1[1,2], b2[0])"
    w = model.get_weights()
    center = (float(w[0][1, 2]), float(w[3][0]))
    assert surface.extent == pytest.approx((center[0] - 2, center[0] + 2, center[1] - 2, center[1] + 2))
    assert surface(center) == pytest.approx(model.evaluate(x, y), rel=1e-6)   # the float32 model, in float64
    moved = [a.astype(np.float64) for a in w]
    moved[0][1, 2], moved[3][0] = 0.3, -0.4
    twin = Sequential([Dense(4, input_dim=2, activation="tanh"), Dense(1, activation="sigmoid")], dtype="float64")
    twin.compile(optimizer="sgd", loss="binary_crossentropy")
    twin.set_weights(moved)
    assert surface((0.3, -0.4)) == pytest.approx(twin.evaluate(x, y), rel=1e-12)
    for p in ((0.3, -0.4), (center[0] + 1, center[1] - 1)):
        np.testing.assert_allclose(surface.gradient(p), finite_difference(surface, p), rtol=1e-6, atol=1e-8)
    _, _, values = surface.grid(4)
    assert values.shape == (4, 4) and np.isfinite(values).all()
    np.testing.assert_array_equal(model.get_weights()[0], w[0])              # the model itself is untouched
    path = descend(surface, {"name": "sgd", "lr": 0.5}, steps=20)
    assert surface(path[-1]) < surface(path[0])
    with pytest.raises(ValueError, match="does not exist"):
        surfaces.get("network", model=model, x=x, y=y, weights=((0, 2, 0), (1, 0)))
    with pytest.raises(ValueError, match="two weights"):
        surfaces.get("network", model=model, x=x, y=y, weights=((0, 0, 0),))


def test_a_surface_race_gives_every_contestant_the_same_start_steps_and_noise():
    contestants = {"sgd": {"name": "sgd", "lr": 0.05}, "momentum": {"name": "sgd", "lr": 0.05, "momentum": 0.9},
                   "wild": {"name": "sgd", "lr": 2.0}}
    finishes = surfaces.surface_race("local_minimum", contestants, steps=300, noise=0.01, seed=3)
    assert [f.name for f in finishes] == list(contestants)
    for f, config in zip(finishes, contestants.values()):
        d = descent("local_minimum", config, steps=300, noise=0.01, seed=3)
        last = d.points[-1] if d.diverged_at is None else d.points[d.diverged_at - 1]
        assert f.end == tuple(last) and f.diverged_at == d.diverged_at and f.optimizer["lr"] == config["lr"]
        assert f.value == surfaces.get("local_minimum")(last)
    sgd, momentum, wild = finishes
    assert sgd.nearest_minimum == surfaces.get("local_minimum").local_minima[0] and sgd.distance < 0.05
    assert momentum.nearest_minimum == surfaces.get("local_minimum").minima[0]
    assert wild.diverged_at is not None
    assert surfaces.surface_race("saddle", {"a": "adam"})[0].nearest_minimum is None
