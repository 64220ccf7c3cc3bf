"""Which weights a network keeps when a layer or a neuron is added or removed (no Qt)."""
import numpy as np

from nnstudio.engine.spec import LayerSpec, NetworkSpec
from nnstudio.session.policy import (continued_columns, copy_overlap, inverse_columns, kept_weights,
                                     weight_sources)
from nnstudio.session.session import TrainingSession


def deep_session(hidden: list[int]) -> tuple[TrainingSession, list[np.ndarray]]:
    """A session on XOR with ``hidden`` sigmoid layers and weights that name their place: W of Dense layer l
    holds 100 l + 10 i + j, its b holds -(100 l + j)."""
    s = TrainingSession()
    s.set_spec(NetworkSpec(2, tuple(LayerSpec(n) for n in hidden), LayerSpec(1)))
    weights = []
    for layer, (n_in, n_out) in enumerate(zip(s.spec.sizes[:-1], s.spec.sizes[1:])):
        i, j = np.meshgrid(np.arange(n_in), np.arange(n_out), indexing="ij")
        weights += [(100.0 * layer + 10 * i + j).astype(np.float32), -(100.0 * layer + np.arange(n_out))]
    s.set_weights(weights)
    return s, s.weights()


def without_hidden(spec: NetworkSpec, index: int) -> NetworkSpec:
    hidden = list(spec.hidden)
    del hidden[index]
    return NetworkSpec(spec.input_dim, tuple(hidden), spec.output, spec.problem)


def test_removing_a_middle_layer_keeps_the_next_layers_biases_and_gives_it_fresh_inputs():
    s, old = deep_session([3, 6, 5])
    # remove hidden layer 2 (column 2): columns 0, 1, 3, 4 go on as 0, 1, 2, 3
    sources = s.set_spec(without_hidden(s.spec, 1), columns=(0, 1, 3, 4))
    assert sources == ((0, 0), (None, 2), (3, 3))
    W1, b1, W2, b2, W3, b3 = s.weights()
    np.testing.assert_array_equal(W1, old[0])
    np.testing.assert_array_equal(b1, old[1])
    np.testing.assert_array_equal(b2, old[5])            # hidden layer 3's neurons, now hidden layer 2
    assert W2.shape == (3, 5) and np.all(np.abs(W2) < 2)   # fresh: from the seed, not the old hundreds
    np.testing.assert_array_equal(W3, old[6])            # the output layer keeps all of its own
    np.testing.assert_array_equal(b3, old[7])


def test_removing_the_last_hidden_layer_leaves_the_output_its_own_bias():
    s, old = deep_session([4, 6])
    s.set_spec(without_hidden(s.spec, 1))                # no map given: the output layer stays the output
    W1, b1, W2, b2 = s.weights()
    np.testing.assert_array_equal(b2, old[5])            # the output's bias, not the 6-neuron layer's first
    assert np.all(np.abs(W2) < 2)                        # its inputs changed: fresh weights
    np.testing.assert_array_equal(W1, old[0])


def test_inserting_a_layer_keeps_the_layers_around_it_in_place():
    s, old = deep_session([2])
    spec = NetworkSpec(2, (LayerSpec(2), LayerSpec(4)), LayerSpec(1))
    sources = s.set_spec(spec, columns=(0, 1, None, 2))
    assert sources == ((0, 0), (None, None), (None, 1))
    W1, b1, W2, b2, W3, b3 = s.weights()
    np.testing.assert_array_equal(W1, old[0])
    np.testing.assert_array_equal(b3, old[3])
    assert np.all(np.abs(W2) < 2) and np.all(b2 == 0) and np.all(np.abs(W3) < 2)


def test_undoing_an_insert_maps_the_layers_back():
    columns = (0, 1, None, 2)
    assert inverse_columns(columns, 3) == (0, 1, 3)
    assert inverse_columns((0, 1, 3, 4), 5) == (0, 1, None, 2, 3)
    s, old = deep_session([2])
    s.set_spec(NetworkSpec(2, (LayerSpec(2), LayerSpec(4)), LayerSpec(1)), columns=columns)
    s.set_spec(NetworkSpec(2, (LayerSpec(2),), LayerSpec(1)), columns=inverse_columns(columns, 3))
    W1, b1, W2, b2 = s.weights()
    np.testing.assert_array_equal(W1, old[0])
    np.testing.assert_array_equal(b2, old[3])


def test_what_each_layer_kept_is_named():
    # 2-3-6-5-1, hidden layer 2 removed
    sources = weight_sources((0, 1, 3, 4))
    assert kept_weights((2, 3, 6, 5, 1), (2, 3, 5, 1), sources) == ("kept", "biases", "kept")
    # a neuron added to hidden layer 1 of 2-2-1: its layer and the next are partly kept, a removed one keeps all
    same = weight_sources((0, 1, 2))
    assert kept_weights((2, 2, 1), (2, 3, 1), same) == ("partly", "partly")
    assert kept_weights((2, 3, 1), (2, 2, 1), same) == ("kept", "kept")
    # a layer inserted after hidden layer 1
    assert kept_weights((2, 2, 1), (2, 2, 4, 1), weight_sources((0, 1, None, 2))) == ("kept", "fresh", "biases")


def test_the_default_map_keeps_input_and_output_and_matches_hidden_layers_from_the_input():
    assert continued_columns(3, 3) == (0, 1, 2)
    assert continued_columns(3, 4) == (0, 1, None, 2)
    assert continued_columns(5, 4) == (0, 1, 2, 4)
    assert continued_columns(2, 3) == (0, None, 1)


def test_copy_overlap_by_index_by_default():
    old = [np.ones((2, 2)), np.ones(2)]
    new = [np.zeros((2, 3)), np.zeros(3)]
    copy_overlap(old, new)
    assert new[0][:, :2].sum() == 4 and new[0][:, 2].sum() == 0 and new[1].tolist() == [1, 1, 0]


def test_a_diverged_network_keeps_nothing():
    s, old = deep_session([2])
    s.set_weights([np.full_like(w, np.nan) for w in old])
    sources = s.set_spec(NetworkSpec(2, (LayerSpec(3),), LayerSpec(1)))
    assert sources == ((None, None), (None, None))
    assert all(np.isfinite(w).all() for w in s.weights())
