"""The stepper's script: the lecture's graph in the lecture's order, a network condensed to its named values, and
every backward step's upstream × local = downstream adding up to the gradient."""
import numpy as np
import pytest

from nnstudio.engine.spec import NetworkSpec
from nnstudio.lessons.graph import Value, gradients, lecture_graph, network_graph, sigmoid_gate
from nnstudio.lessons.walkthrough import Walkthrough
from nnstudio.lessons.xor import LECTURE_WEIGHTS


def test_the_lecture_graph_step_by_step():
    walk = Walkthrough(lecture_graph().output)
    assert [n.label for n in walk.forward] == ["g", "f"]
    assert [n.data for n in walk.forward] == [-10.0, -7.0]
    assert {(a.label, b.label) for a, b in walk.edges} == {("w", "g"), ("x", "g"), ("g", "f"), ("b", "f")}
    table = [(r.node.label, [(p.parent.label, p.upstream, p.local, p.downstream) for p in r.products], r.grad)
             for r in walk.backward]
    assert table == [("g", [("f", 1.0, 1.0, 1.0)], 1.0), ("b", [("f", 1.0, 1.0, 1.0)], 1.0),
                     ("w", [("g", 1.0, 5.0, 5.0)], 5.0), ("x", [("g", 1.0, -2.0, -2.0)], -2.0)]
    assert len(walk.backward) == len(lecture_graph().output.backward())   # one reveal per chain-rule product


def test_the_sigmoid_gate_shows_its_local_derivative():
    walk = Walkthrough(sigmoid_gate().output)
    first = walk.backward[0]
    a = walk.output.data
    assert first.node.label == "f" and first.products[0].local == pytest.approx(a * (1 - a))


def test_a_value_used_twice_gets_one_reveal_with_both_products():
    x = Value(3.0, label="x")
    y = x * x
    y.label = "y"
    walk = Walkthrough(y)
    (reveal,) = walk.backward
    assert reveal.grad == 6.0 and [p.downstream for p in reveal.products] == [6.0]   # one named parent: summed


def test_a_network_is_condensed_to_its_named_values_and_every_gradient_adds_up():
    model = NetworkSpec.xor_default().build(dtype="float64")
    model.set_weights(LECTURE_WEIGHTS)
    loss, weights = network_graph(model, [0.0, 1.0], [1.0])
    walk = Walkthrough(loss)
    names = {n.label for n in walk.nodes}
    assert {"x[0]", "x[1]", "W1[0,0]", "b1[1]", "z1[0]", "a1[1]", "W2[1,0]", "b2[0]", "z2[0]", "C"} <= names
    assert all(n.label for n in walk.nodes)
    assert {b.label for a, b in walk.edges if a.label == "W1[1,0]"} == {"z1[0]"}
    assert [n.label for n in walk.forward][-1] == "C"
    grads = {r.node.label: r.grad for r in walk.backward}
    expected = gradients(weights)
    assert grads["W1[1,0]"] == pytest.approx(expected[0][1, 0])
    assert grads["b2[0]"] == pytest.approx(expected[3][0])
    for reveal in walk.backward:
        assert sum(p.downstream for p in reveal.products) == pytest.approx(reveal.grad)
        for p in reveal.products:
            assert p.upstream * p.local == pytest.approx(p.downstream, abs=1e-15)
    # a weight's upstream is its unit's ∂C/∂z: the sums between them pass the gradient on unchanged
    (product,) = next(r for r in walk.backward if r.node.label == "W2[0,0]").products
    assert product.parent.label == "z2[0]" and product.upstream == pytest.approx(grads["z2[0]"])
    assert np.isclose(product.local, walk.nodes[[n.label for n in walk.nodes].index("a1[0]")].data)


def test_an_unnamed_output_is_refused():
    with pytest.raises(ValueError, match="label"):
        Walkthrough(Value(1.0) * 2.0)
