import numpy as np
import pytest

from nnstudio.engine.problems import PROBLEMS, problem_setup
from nnstudio.engine.spec import LayerSpec, NetworkSpec


def test_xor_default_is_lecture_network():
    spec = NetworkSpec.xor_default()
    assert spec.sizes == (2, 2, 1)
    assert [layer.activation for layer in spec.layers] == ["sigmoid", "sigmoid"]
    assert spec.loss_name == "binary_crossentropy"


def test_build_gives_a_working_model_with_regularizers_and_dropout():
    spec = NetworkSpec(2, (LayerSpec(4, "relu", "he_normal", l2=1e-3, dropout=0.2),),
                       LayerSpec(3, "softmax"), "multiclass")
    model = spec.build(seed=1)
    shapes = [w.shape for w in model.get_weights()]
    assert shapes == [(2, 4), (4,), (4, 3), (3,)]
    p = model.predict(np.zeros((5, 2), dtype=np.float32))
    np.testing.assert_allclose(p.sum(axis=1), 1.0, rtol=1e-5)


def test_same_seed_same_weights():
    spec = NetworkSpec.xor_default()
    for a, b in zip(spec.build(seed=3).get_weights(), spec.build(seed=3).get_weights()):
        np.testing.assert_array_equal(a, b)


@pytest.mark.parametrize("problem", list(PROBLEMS))
def test_with_problem_follows_the_lecture_table(problem):
    spec = NetworkSpec.xor_default().with_problem(problem, 3)
    activation, loss = problem_setup(problem)
    assert spec.output.activation == activation and spec.loss_name == loss and spec.output.units == 3


def test_dict_round_trip_and_malformed_input():
    spec = NetworkSpec(784, (LayerSpec(30, "sigmoid", "nielsen"),), LayerSpec(10, "softmax"), "multiclass")
    assert NetworkSpec.from_dict(spec.to_dict()) == spec
    with pytest.raises(ValueError, match="Malformed"):
        NetworkSpec.from_dict({"hidden": []})
    with pytest.raises(ValueError, match="unknown activation"):
        NetworkSpec.from_dict({**spec.to_dict(), "output": {"units": 10, "activation": "bogus"}})


@pytest.mark.parametrize("bad, message", [
    (LayerSpec(0), "at least 1 neuron"),
    (LayerSpec(2, dropout=1.0), "dropout rate"),
    (LayerSpec(2, l2=-1.0), ">= 0"),
])
def test_invalid_layers_say_why(bad, message):
    with pytest.raises(ValueError, match=message):
        NetworkSpec(2, (bad,)).validate()


def test_unknown_problem_is_refused():
    with pytest.raises(ValueError, match="choose one of"):
        problem_setup("clustering")


@pytest.mark.parametrize("problem, outputs, advice", [
    # the lecture's table: binary -> one sigmoid output + binary cross-entropy; multi-class -> softmax + CCE
    ("binary", 1, "for two classes use binary_crossentropy with one sigmoid output, or two softmax outputs (the "
                  "multi-class problem type)"),
    ("regression", 1, "the multi-class problem type); for this network choose one of mse, quadratic"),
    ("multilabel", 3, "for this network choose one of binary_crossentropy, mse, quadratic"),
])
def test_categorical_cross_entropy_without_softmax_says_what_to_use(problem, outputs, advice):
    """A binary set with --loss categorical_crossentropy said only "Multi-class output needs softmax", not what
    to do about it."""
    from dataclasses import replace

    spec = replace(NetworkSpec.xor_default().with_problem(problem, outputs), loss="categorical_crossentropy")
    with pytest.raises(ValueError) as caught:
        spec.validate()
    assert "Categorical cross-entropy needs one softmax output per class" in str(caught.value)
    assert advice in str(caught.value)
