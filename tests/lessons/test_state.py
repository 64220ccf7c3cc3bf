"""The studio's state as the checks read it: from a real session's snapshot."""
import numpy as np

from nnstudio.engine.spec import LayerSpec, NetworkSpec
from nnstudio.lessons.catalog import lesson
from nnstudio.lessons.state import studio_state
from nnstudio.lessons.xor import LECTURE_WEIGHTS
from nnstudio.session.session import TrainingSession


def _check(lesson_id, task_id):
    return next(t for t in lesson(lesson_id).tasks if t.id == task_id).check


def test_before_any_snapshot_only_the_network_and_data():
    session = TrainingSession()
    state = studio_state(session.spec, session.dataset, None, session.weights())
    assert state.spec == session.spec and state.dataset is session.dataset
    assert len(state.weights) == 4 and state.losses == () and state.gradient_norms == ()


def test_a_snapshot_gives_gradients_losses_and_accuracies():
    session = TrainingSession()
    with session.lock:
        for _ in range(3):
            session.train_chunk(1, 1.0)
        snapshot = session.snapshot(False)
    state = studio_state(session.spec, session.dataset, snapshot)
    assert len(state.gradient_norms) == 2 and all(g > 0 for g in state.gradient_norms)
    assert state.gradient_norms[-1] == snapshot.layer_stats[-1].bias_grad_norm
    assert len(state.losses) == 3 and all(np.isfinite(state.losses))
    assert len(state.train_accuracies) == 3 == len(state.test_accuracies)   # XOR: one batch is one epoch
    for a, b in zip(state.weights, snapshot.weights):
        np.testing.assert_array_equal(a, b)


def test_weights_given_after_the_snapshot_win_and_a_stale_snapshot_is_not_used():
    session = TrainingSession()
    with session.lock:
        snapshot = session.snapshot(False)
    session.set_weights(LECTURE_WEIGHTS)
    state = studio_state(session.spec, session.dataset, snapshot, session.weights())
    assert not _check("xor", "another_solution")(state)          # the lecture's own weights
    wider = NetworkSpec(2, (LayerSpec(3, "sigmoid"),), LayerSpec(1, "sigmoid"))
    assert studio_state(wider, session.dataset, snapshot).weights is None   # shapes of another network
