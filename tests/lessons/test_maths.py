"""The lessons' maths: XOR table, finite differences, activation explorer, gradient descent, the cost lesson,
the losses table and initialization — each against hand-worked numbers."""
import math

import numpy as np
import pytest

from nnstudio.data import load_dataset
from nnstudio.engine.spec import LayerSpec, NetworkSpec
from nnstudio.lessons import activations, cost, derivatives, descent, initialization, problems, xor


# -- XOR -------------------------------------------------------------------------------------------------------
def test_xor_table_of_the_lecture():
    rows = xor.xor_table()
    assert [r.x for r in rows] == [(0, 0), (0, 1), (1, 0), (1, 1)]
    assert [r.hidden_z for r in rows] == [(-8, 3), (-3, -4), (-3, -4), (2, -11)]
    for row in rows:
        assert row.hidden_a == pytest.approx(tuple(1 / (1 + math.exp(-z)) for z in row.hidden_z))
        assert row.output == pytest.approx(1 / (1 + math.exp(-row.output_z)))
    assert [round(r.output, 2) for r in rows] == [0.01, 0.99, 0.99, 0.02]
    rounded = xor.rounded_table()
    assert [r.hidden_a for r in rounded] == [(0, 1), (0, 0), (0, 0), (1, 0)]
    assert [r.output_z for r in rounded] == [-5, 6, 6, -5]
    assert xor.solves_xor(xor.LECTURE_WEIGHTS)


def test_xor_check_fails_for_other_weights_and_says_what_shapes_it_needs():
    flipped = [p.copy() for p in xor.LECTURE_WEIGHTS]
    flipped[3] = np.array([-6.0])              # the output bias' sign flipped: no longer XOR
    assert not xor.solves_xor(flipped)
    assert xor.solves_xor([2 * p for p in xor.LECTURE_WEIGHTS])   # steeper, same boundaries
    with pytest.raises(ValueError, match="W1 \\(2, h\\)"):
        xor.xor_table([np.zeros((3, 2)), np.zeros(2), np.zeros((2, 1)), np.zeros(1)])


def test_backpropagation_solves_xor_from_most_random_starts():
    weights, solved = xor.train_from_random(0)
    assert solved and xor.solves_xor(weights)
    assert 0.5 <= xor.success_rate(range(10)) < 1.0    # XOR's local minimum catches some seeds


# -- finite differences ------------------------------------------------------------------------------------------
def test_lines_have_exact_quotients_and_the_square_approaches_2x():
    for name, slope in (("constant", 0), ("identity", 1), ("double", 2), ("shift", 1)):
        for row in derivatives.quotient_table(name, 3.0):
            assert row.quotient[0] == pytest.approx(slope, abs=1e-9)
    rows = derivatives.quotient_table("square", 3.0, hs=(1.0, 0.1, 0.01))
    assert [r.quotient[0] for r in rows] == pytest.approx([7.0, 6.1, 6.01])   # 2x + h
    assert [r.error for r in rows] == pytest.approx([1.0, 0.1, 0.01])


def test_partial_derivatives_hold_the_other_variable_fixed():
    assert derivatives.partial_quotients(lambda x, y: x * y, (2.0, -3.0)) == pytest.approx((-3.0, 2.0))
    row = derivatives.quotient_table("product", (2.0, -3.0))[0]
    assert row.exact == (-3.0, 2.0)
    with pytest.raises(ValueError, match="small number"):
        derivatives.difference_quotient(lambda x: x, 1.0, 0.0)
    with pytest.raises(ValueError, match="2 value"):
        derivatives.quotient_table("product", 1.0)


# -- activations ------------------------------------------------------------------------------------------------
def test_sigmoid_slope_is_at_most_a_quarter_at_zero():
    z = np.linspace(-10, 10, 2001)
    assert activations.steepest("sigmoid", z) == (0.0, 0.25)
    f, slope = activations.curves("sigmoid", z)
    np.testing.assert_allclose(slope, f * (1 - f))
    assert activations.SIGMOID_MAX_SLOPE == slope.max()


def test_steepest_span_is_a_point_or_the_range_where_the_slope_is_the_same():
    z = np.linspace(-10, 10, 2001)
    assert activations.steepest_span("sigmoid", z) == (0.0, 0.0, 0.25)
    assert activations.steepest_span("tanh", z) == (0.0, 0.0, 1.0)
    assert activations.steepest_span("relu", z) == activations.steepest_span("leaky_relu", z) == (0.0, np.inf, 1.0)
    assert activations.steepest_span("linear", z) == (-np.inf, np.inf, 1.0)


def test_flat_regions_where_the_slope_nearly_vanishes():
    z = np.linspace(-10, 10, 2001)
    (lo1, hi1), (lo2, hi2) = activations.flat_regions("sigmoid", z)
    assert lo1 == -10 and hi2 == 10 and hi1 == pytest.approx(-4.6, abs=0.02) and lo2 == pytest.approx(4.6, abs=0.02)
    assert activations.flat_regions("relu", z) == [(-10.0, 0.0)]
    assert activations.flat_regions("leaky_relu", z) == activations.flat_regions("linear", z) == []
    _, slope = activations.curves("leaky_relu", np.array([-1.0, 1.0]))
    assert slope.tolist() == [0.01, 1.0]


def test_depth_factor():
    assert [activations.depth_factor(k) for k in range(4)] == [1, 0.25, 0.0625, 0.015625]
    assert activations.depth_factor(5) < 0.001 < activations.depth_factor(4)
    with pytest.raises(ValueError, match="0 or more"):
        activations.depth_factor(-1)
    with pytest.raises(ValueError, match="explorer shows"):
        activations.curves("softmax", [0.0])


# -- gradient descent -------------------------------------------------------------------------------------------
def test_one_step_is_v_minus_eta_gradient():
    parabola, valley = descent.cost("parabola"), descent.cost("valley")
    assert descent.step(parabola, [4.0], 0.3).tolist() == pytest.approx([4.0 - 0.3 * 8.0])
    assert descent.step(valley, [-4.0, 1.5], 0.1).tolist() == pytest.approx([-4.0 + 0.4, 1.5 - 1.5])
    path = descent.run(parabola, 0.3, steps=3)
    np.testing.assert_allclose(path[:, 0], 4.0 * 0.4 ** np.arange(4))   # v times (1 − 2η) per step


@pytest.mark.parametrize("name", list(descent.COSTS))
def test_the_lessons_rates_are_too_small_good_and_too_large(name):
    c = descent.cost(name)
    assert [descent.regime(c, eta) for eta in c.rates] == ["too_small", "good", "too_large"]
    assert set(descent.VERDICTS) == {"too_small", "good", "too_large"}


def test_a_diverging_run_stops_and_bouncing_counts_as_too_large():
    parabola = descent.cost("parabola")
    path = descent.run(parabola, 5.0, steps=1000)
    assert len(path) < 1000 and np.abs(path[-1]).max() > descent.FLOWN_OFF
    assert descent.regime(parabola, 0.99) == "too_large"     # converges, but bounces across the bottom
    with pytest.raises(ValueError, match="positive"):
        descent.run(parabola, 0.0)
    with pytest.raises(ValueError, match="parabola"):
        descent.cost("bowl")


# -- the cost lesson --------------------------------------------------------------------------------------------
def test_nielsens_slowdown_numbers():
    quad_good = cost.single_neuron(0.6, 0.9, "quadratic")
    quad_bad = cost.single_neuron(2.0, 2.0, "quadratic")
    assert round(quad_good.outputs[0], 2) == 0.82 and round(quad_bad.outputs[0], 2) == 0.98
    assert round(quad_good.outputs[-1], 2) == 0.09 and round(quad_bad.outputs[-1], 2) == 0.20
    assert len(quad_bad.outputs) == 301 and round(quad_bad.outputs[150], 2) == 0.93
    for w, b in cost.SLOWDOWN_STARTS.values():
        assert round(cost.single_neuron(w, b, "cross_entropy").outputs[-1], 2) == 0.01
    # the first step by hand: quadratic ∂C/∂w = (a − y) σ′(z) x, cross-entropy ∂C/∂w = (a − y) x
    a = 1 / (1 + math.exp(-4.0))
    assert quad_bad.weights[1] == pytest.approx(2.0 - 0.15 * a * a * (1 - a))
    assert cost.single_neuron(2.0, 2.0, "cross_entropy", epochs=1).weights[1] == pytest.approx(2.0 - 0.15 * a)
    assert quad_bad.costs[0] == pytest.approx(0.5 * a * a)
    with pytest.raises(ValueError, match="quadratic"):
        cost.single_neuron(1, 1, "hinge")


def test_the_badly_wrong_neuron_learns_slower_under_the_quadratic_cost_only():
    reach = {(c, start): cost.epochs_to_reach(cost.single_neuron(*cost.SLOWDOWN_STARTS[start], c), 0.5)
             for c in cost.SLOWDOWN_COSTS for start in cost.SLOWDOWN_STARTS}
    assert reach[("quadratic", "bad")] > 5 * reach[("quadratic", "good")]
    assert reach[("cross_entropy", "bad")] < reach[("quadratic", "good")]
    assert cost.epochs_to_reach(cost.single_neuron(2, 2, epochs=10), 0.5) is None


def test_error_count_is_a_staircase_and_the_cost_is_smooth():
    d = load_dataset("three_blobs")
    spec = NetworkSpec(2, (LayerSpec(8, "tanh"),), LayerSpec(3, "softmax"), "multiclass")
    model = spec.build(seed=0, optimizer={"name": "adam", "lr": 0.01})
    model.fit(d.x_train, d.y_train, epochs=20, verbose=0)
    before = model.get_weights()
    w = before[0][0, 0]
    sweep = cost.along_weight(model, d.x_train, d.y_train, (0, 0), np.linspace(w - 6, w + 6, 121))
    assert sweep.errors.dtype.kind == "i"
    assert np.count_nonzero(np.diff(sweep.errors)) < len(sweep.values) / 2     # mostly flat steps
    assert np.all(np.diff(sweep.costs) != 0)                                   # changes at every step
    assert np.abs(np.diff(sweep.costs, 2)).max() < 0.05                        # without jumps
    for old, now in zip(before, model.get_weights()):
        np.testing.assert_array_equal(old, now)                                # the weights are put back


# -- losses by problem type ----------------------------------------------------------------------------------------
def test_the_table_and_its_data_sets():
    assert [r.problem for r in problems.PROBLEM_TABLE] == ["regression", "binary", "multiclass", "multilabel"]
    assert [(r.activation, r.loss) for r in problems.PROBLEM_TABLE] == [
        ("linear", "mse"), ("sigmoid", "binary_crossentropy"), ("softmax", "categorical_crossentropy"),
        ("sigmoid", "binary_crossentropy")]
    for r in problems.PROBLEM_TABLE:
        d = load_dataset(r.dataset)
        assert d.problem == r.problem
        spec = problems.network_for(r.problem, d.input_dim, d.output_dim)
        spec.validate()
        assert problems.fits(spec, r.problem, d.output_dim)
        assert not problems.fits(spec, r.problem, d.output_dim + 1)
    multiclass = problems.network_for("multiclass", 2, 3)
    assert not problems.fits(multiclass, "multilabel", 3)
    assert problems.KERAS_EXAMPLE.sizes == (4, 8, 8, 3) and problems.KERAS_EXAMPLE.loss_name == \
        "categorical_crossentropy"
    with pytest.raises(ValueError, match="multilabel"):
        problems.row("ranking")


# -- initialization ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("activation, initializer, verdicts", [
    ("tanh", "normal", {"saturated"}),
    ("tanh", "glorot_normal", {"healthy"}),
    ("relu", "normal", {"exploding"}),
    ("relu", "he_normal", {"healthy"}),
])
def test_every_layer_gets_the_expected_verdict(activation, initializer, verdicts):
    health = initialization.network_health(initialization.deep_spec(activation, initializer))
    assert len(health) == initialization.DEPTH
    assert {h.verdict for h in health[1:]} == verdicts


def test_xavier_on_relu_collapses_layer_by_layer():
    health = initialization.network_health(initialization.deep_spec("relu", "glorot_normal"))
    rms = [h.rms for h in health]
    assert all(b < a for a, b in zip(rms, rms[1:]))            # ReLU halves the power in each layer
    assert health[0].verdict == "healthy" and health[-1].verdict == "collapsed"
    assert rms[-1] == pytest.approx(rms[0] * 2 ** -4.5, rel=0.5)


def test_layer_health_thresholds_and_histograms():
    assert initialization.layer_health("tanh", np.full((10, 10), 0.995)).verdict == "saturated"
    assert initialization.layer_health("relu", np.full((10, 10), 11.0)).verdict == "exploding"
    assert initialization.layer_health("relu", np.full((10, 10), np.inf)).verdict == "exploding"
    assert initialization.layer_health("relu", np.full((10, 10), 0.05)).verdict == "collapsed"
    assert initialization.layer_health("tanh", np.full((10, 10), 0.5)).verdict == "healthy"
    outputs = initialization.hidden_outputs(initialization.deep_spec("tanh", "normal", depth=3), samples=200)
    counts, edges = initialization.histograms(outputs, bins=20)
    assert counts.shape == (3, 20) and counts.sum(axis=1).tolist() == [200 * 100] * 3
    assert edges[0] >= -1 and edges[-1] <= 1
    assert counts[:, [0, -1]].sum() > 0.5 * counts.sum()       # saturated: the outer bins hold most
