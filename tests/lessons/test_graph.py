"""The lesson graph's Value: the lecture's numbers, each operation against PyTorch, and network_graph against the
engine's backpropagation and finite differences for every loss."""
import math

import numpy as np
import pytest

from nnstudio.engine import Dense, Dropout, Sequential
from nnstudio.engine.gradcheck import OUTPUT_ACTIVATIONS, build_checked_model, small_problem
from nnstudio.engine.losses import LOSSES
from nnstudio.lessons.graph import (Value, finite_differences, gradients, leaf_estimates, lecture_graph,
                                    network_graph, sensitivity, sigmoid_gate)
from nnstudio.lessons.xor import LECTURE_WEIGHTS


def test_the_lecture_graph_forward_and_backward():
    graph = lecture_graph()
    v = graph.values
    assert [(s.node.label, s.op, s.value) for s in graph.output.forward_steps()] == [("g", "×", -10.0),
                                                                                     ("f", "+", -7.0)]
    steps = graph.output.backward()
    assert (v["w"].grad, v["x"].grad, v["b"].grad) == (5.0, -2.0, 1.0)
    # each step: upstream × local = downstream, the output first
    table = [(s.node.label, s.parent.label, s.upstream, s.local, s.downstream) for s in steps]
    assert table == [("g", "f", 1.0, 1.0, 1.0), ("b", "f", 1.0, 1.0, 1.0),
                     ("w", "g", 1.0, 5.0, 5.0), ("x", "g", 1.0, -2.0, -2.0)]
    assert str(sensitivity(v["w"], graph.output)) == "When w rises by 1, f rises by 5."
    assert str(sensitivity(v["x"], graph.output)) == "When x rises by 1, f falls by 2."


def test_edited_values_and_a_second_backward_pass_do_not_accumulate():
    graph = lecture_graph(w=1.5, x=-4.0, b=0.5)
    graph.output.backward()
    graph.output.backward()
    assert graph.output.data == -5.5
    assert (graph.values["w"].grad, graph.values["x"].grad, graph.values["b"].grad) == (-4.0, 1.5, 1.0)


def test_a_value_used_twice_collects_both_gradients():
    x = Value(3.0, label="x")
    y = x * x + x            # dy/dx = 2x + 1 = 7
    steps = y.backward()
    assert x.grad == 7.0
    assert [s.grad for s in steps if s.node is x] == [1.0, 4.0, 7.0]   # the running total after each edge


def test_sigmoid_gate_local_derivative_is_sigma_times_one_minus_sigma():
    gate = sigmoid_gate()
    steps = gate.output.backward()
    a = gate.values["a"].data
    assert a == pytest.approx(1 / (1 + math.exp(7)))
    assert steps[0].parent.label == "a" and steps[0].local == pytest.approx(a * (1 - a))
    assert gate.values["w"].grad == pytest.approx(5 * a * (1 - a))
    top = sigmoid_gate(b=10.0)   # f = 0: the largest local derivative the sigmoid has
    top.output.backward()
    assert top.values["f"].grad == 0.25


def test_leaf_estimates_agree_with_backpropagation():
    leaves = {"w": -2.0, "x": 5.0, "b": 3.0}
    assert leaf_estimates(lecture_graph, leaves) == pytest.approx({"w": 5.0, "x": -2.0, "b": 1.0}, abs=1e-6)
    gate = sigmoid_gate(**leaves)
    gate.output.backward()
    estimates = leaf_estimates(sigmoid_gate, leaves)
    for name in leaves:
        assert estimates[name] == pytest.approx(gate.values[name].grad, rel=1e-5)


def test_operations_match_torch():
    torch = pytest.importorskip("torch")
    # micrograd's own test expression, plus the functions the lessons use
    x = Value(-4.0)
    z = 2 * x + 2 + x
    q = z.relu() + z * x
    h = (z * z).relu()
    y = h + q + q * x
    w = (y / 50.0).tanh() + (-x).exp() / 100 + abs(z) - (x * x).log() + (x / 3).sigmoid() ** 3 \
        + (1 - x).leaky_relu(0.1) + (x + 5).clip(0.0, 0.5) + 2.0 / (x - 1)
    w.backward()
    xt = torch.tensor([-4.0], dtype=torch.float64, requires_grad=True)
    zt = 2 * xt + 2 + xt
    qt = zt.relu() + zt * xt
    ht = (zt * zt).relu()
    yt = ht + qt + qt * xt
    wt = (yt / 50.0).tanh() + (-xt).exp() / 100 + zt.abs() - (xt * xt).log() + torch.sigmoid(xt / 3) ** 3 \
        + torch.nn.functional.leaky_relu(1 - xt, 0.1) + (xt + 5).clamp(0.0, 0.5) + 2.0 / (xt - 1)
    wt.backward()
    assert w.data == pytest.approx(wt.item(), rel=1e-12)
    assert x.grad == pytest.approx(xt.grad.item(), rel=1e-12)


def test_bad_input_says_what_to_do():
    with pytest.raises(ValueError, match="positive"):
        Value(-1.0).log()
    with pytest.raises(TypeError, match="exponent"):
        Value(2.0) ** Value(3.0)


def _example(loss, k, seed):
    x, y = small_problem(loss, n=1, k=k, seed=seed)
    return x[0], y[0] if np.ndim(y) > 1 else y


@pytest.mark.parametrize("loss", list(LOSSES))
@pytest.mark.parametrize("regularizer", [None, {"l1": 0.01, "l2": 0.02}])
def test_network_graph_equals_the_engine_for_every_loss(loss, regularizer):
    for output in OUTPUT_ACTIVATIONS[loss]:
        for hidden in ("sigmoid", "tanh", "relu", "leaky_relu", "linear"):
            model = build_checked_model(hidden, output, loss, regularizer, seed=3)
            x, y = _example(loss, 3, seed=4)
            cost, weights = network_graph(model, x, y)
            cost.backward()
            trace = model.backprop_trace(x[None, :], np.asarray(y).reshape(1, -1) if np.ndim(y) else [y])
            assert cost.data == pytest.approx(trace.cost, rel=1e-10), (hidden, output)
            engine = [g for pair in zip(trace.nabla_w, trace.nabla_b) for g in pair]
            for ours, theirs in zip(gradients(weights), engine):
                np.testing.assert_allclose(ours, theirs, rtol=1e-9, atol=1e-12, err_msg=f"{hidden} -> {output}")


@pytest.mark.parametrize("loss", list(LOSSES))
def test_network_graph_equals_finite_differences(loss):
    model = build_checked_model("tanh", OUTPUT_ACTIVATIONS[loss][0], loss, {"l2": 0.01}, seed=5)
    x, y = _example(loss, 3, seed=6)
    cost, weights = network_graph(model, x, y)
    cost.backward()
    for ours, estimate in zip(gradients(weights), finite_differences(model, x, y)):
        np.testing.assert_allclose(ours, estimate, rtol=1e-5, atol=1e-8)


def test_the_lecture_xor_network_on_one_example():
    model = Sequential([Dense(2, input_dim=2, activation="sigmoid", kernel_initializer=LECTURE_WEIGHTS[0],
                              bias_initializer=LECTURE_WEIGHTS[1]),
                        Dense(1, activation="sigmoid", kernel_initializer=LECTURE_WEIGHTS[2],
                              bias_initializer=LECTURE_WEIGHTS[3])])
    model.compile(optimizer="sgd", loss="binary_crossentropy")
    cost, weights = network_graph(model, [0, 1], [1])
    steps = cost.backward()
    trace = model.backprop_trace([0, 1], [1])
    assert cost.data == pytest.approx(trace.cost, rel=1e-4)   # a float32 model: the engine rounds
    np.testing.assert_allclose(gradients(weights)[0], trace.nabla_w[0], rtol=1e-4, atol=1e-9)
    labels = {v.label for v in cost.nodes() if v.label}
    assert {"x[0]", "W1[0,1]", "b1[1]", "z1[1]", "a1[0]", "z2[0]", "C"} <= labels
    assert "a2[0]" not in labels   # sigmoid + cross-entropy: the loss comes from the logit z, as in the engine
    assert weights[0].shape == (2, 2) and weights[3].shape == (1,)
    # every backward step is upstream × local
    assert all(s.downstream == s.upstream * s.local for s in steps)


def test_dropout_is_off_and_targets_may_be_labels():
    model = Sequential([Dense(4, input_dim=3, activation="relu"), Dropout(0.5), Dense(3, activation="softmax")],
                       seed=2, dtype="float64")
    model.compile(optimizer="sgd", loss="categorical_crossentropy")
    x = np.array([0.5, -1.0, 2.0])
    with_label, _ = network_graph(model, x, 2)
    with_onehot, _ = network_graph(model, x, [0.0, 0.0, 1.0])
    assert with_label.data == with_onehot.data == pytest.approx(model.evaluate(x[None], [2]))
    with pytest.raises(ValueError, match="Compile"):
        network_graph(Sequential([Dense(1, input_dim=1)]), [1.0], [1.0])
