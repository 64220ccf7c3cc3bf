"""The studio's state as the checks read it: from a real session's network, data, weights and history."""
import numpy as np

from nnstudio.data import load_dataset
from nnstudio.lessons.catalog import lesson
from nnstudio.lessons.state import studio_state
from nnstudio.lessons.xor import LECTURE_WEIGHTS
from nnstudio.session.config import DataChoice
from nnstudio.session.session import TrainingSession


def _check(lesson_id, task_id):
    return next(t for t in lesson(lesson_id).tasks if t.id == task_id).check


def _state(session):
    return studio_state(session.spec, session.dataset, session.weights(), session.history_arrays())


def _train(session, steps):
    with session.lock:
        for _ in range(steps):
            session.train_chunk(1, 1.0)
        return session.snapshot(False)       # (a snapshot records the step's layer statistics in the history)


def test_before_training_only_the_network_and_data():
    session = TrainingSession()
    state = _state(session)
    assert state.spec == session.spec and state.dataset is session.dataset
    assert len(state.weights) == 4 and state.losses == () and state.gradient_norms == ()
    assert studio_state(session.spec, session.dataset).weights is None


def test_training_gives_gradients_losses_and_accuracies():
    session = TrainingSession()
    snapshot = _train(session, 3)
    state = _state(session)
    assert len(state.gradient_norms) == 2 and all(g > 0 for g in state.gradient_norms)
    assert state.gradient_norms == tuple(s.bias_grad_norm for s in snapshot.layer_stats)
    assert len(state.losses) == 3 and all(np.isfinite(state.losses))
    assert len(state.train_accuracies) == 3 == len(state.test_accuracies)   # XOR: one batch is one epoch
    for a, b in zip(state.weights, snapshot.weights):
        np.testing.assert_array_equal(a, b)


def test_new_data_starts_the_state_afresh():
    """The regression task must not fire on the losses of the data trained before (venn's small BCE)."""
    session = TrainingSession()
    session.set_weights(LECTURE_WEIGHTS)
    assert not _check("xor", "another_solution")(_state(session))          # the lecture's own weights
    _train(session, 5)
    assert _state(session).losses
    session.use_dataset(load_dataset("sine"), DataChoice("sine"))
    state = _state(session)
    assert state.losses == () and state.gradient_norms == () and state.train_accuracies == ()
    assert not _check("losses", "regression")(state)
