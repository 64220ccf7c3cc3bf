"""The lesson catalogue: every set-up is usable by the studio, and every "Try this" check fires when its task
is done and not before."""
import dataclasses

import numpy as np
import pytest

from nnstudio.data import TOY_DATASETS, load_dataset
from nnstudio.engine.spec import LayerSpec, NetworkSpec
from nnstudio.lessons import cost, descent, initialization, problems, xor
from nnstudio.lessons.catalog import LESSONS, LessonState, lesson
from nnstudio.session.config import DataChoice, TrainingConfig

STATE_FIELDS = {f.name for f in dataclasses.fields(LessonState)}


def test_the_ten_lessons_are_well_formed():
    assert len(LESSONS) == 10 and len({entry.id for entry in LESSONS}) == 10
    for entry in LESSONS:
        assert entry.title and entry.tasks
        assert len({task.id for task in entry.tasks}) == len(entry.tasks)
        for task in entry.tasks:
            assert task.text and set(task.needs) <= STATE_FIELDS and task.needs
        if entry.prediction is not None:
            assert 0 <= entry.prediction.answer < len(entry.prediction.choices)
    assert lesson("vanishing").number == 5
    with pytest.raises(ValueError, match="xor"):
        lesson("nope")


@pytest.mark.parametrize("entry", LESSONS, ids=lambda e: e.id)
def test_each_set_up_is_what_the_studio_accepts(entry):
    setup = entry.setup
    if setup.spec is not None:
        setup.spec.validate()
        setup.spec.check_size()
    if setup.weights is not None:
        model = setup.spec.build()
        model.set_weights(setup.weights)
    if setup.data is not None:
        choice = DataChoice.from_dict(setup.data.to_dict())
        assert choice.key in TOY_DATASETS or choice.key in ("mnist", "fashion")
        if choice.key in TOY_DATASETS:
            d = load_dataset(choice.key)
            assert setup.spec.input_dim == d.input_dim
            assert problems.fits(setup.spec, d.problem, d.output_dim)
    if setup.training is not None:
        config = TrainingConfig.from_dict(setup.training.to_dict())
        assert config.optimizer == setup.training.optimizer and config.lr == setup.training.lr
    assert (setup.view == "studio") == (setup.data is not None)
    with pytest.raises(TypeError):
        setup.options["x"] = 1        # frozen: a lesson's set-up cannot be changed by the view that uses it


def _check(lesson_id, task_id):
    return next(t for t in lesson(lesson_id).tasks if t.id == task_id).check


def _both_ways(lesson_id, task_id, done: LessonState, not_done: LessonState):
    check = _check(lesson_id, task_id)
    assert check(done) is True, "the check does not fire when the task is done"
    assert check(not_done) is False, "the check fires before the task is done"
    assert check(LessonState()) is False, "the check fires on an empty state"


def _weights(arrays):
    return tuple(np.asarray(a, dtype=np.float32) for a in arrays)


def test_xor_tasks():
    lecture = _weights(xor.LECTURE_WEIGHTS)
    doubled = _weights(2 * p for p in xor.LECTURE_WEIGHTS)
    _both_ways("xor", "another_solution", LessonState(weights=doubled), LessonState(weights=lecture))
    broken = _weights([*xor.LECTURE_WEIGHTS[:3], [-6.0]])
    assert not _check("xor", "another_solution")(LessonState(weights=broken))   # moved, but no longer XOR
    trained, solved = xor.train_from_random(0)
    assert solved
    _both_ways("xor", "from_random", LessonState(weights=tuple(trained), losses=(0.71, 0.3, 0.02)),
               LessonState(weights=lecture, losses=(0.01, 0.009)))     # trained on from the lecture's weights
    assert not _check("xor", "from_random")(LessonState(weights=broken, losses=(0.71, 0.7)))


def test_derivative_tasks():
    _both_ways("derivatives", "square_accurate", LessonState(values={"function": "square", "x": 3.0, "h": 0.0005}),
               LessonState(values={"function": "square", "x": 3.0, "h": 0.01}))
    assert not _check("derivatives", "square_accurate")(LessonState(values={"function": "double", "h": 1e-6}))
    _both_ways("derivatives", "partial_product", LessonState(values={"function": "product", "x": 4.0, "y": -2.0}),
               LessonState(values={"function": "product", "x": -2.0, "y": 4.0}))


def test_backprop_tasks():
    _both_ways("backprop", "step_through", LessonState(values={"backward_steps_taken": 4}),
               LessonState(values={"backward_steps_taken": 3}))
    # with the sigmoid gate, four of its five steps ticked it
    _both_ways("backprop", "step_through", LessonState(values={"backward_steps_taken": 5, "graph": "gate"}),
               LessonState(values={"backward_steps_taken": 4, "graph": "gate"}))
    _both_ways("backprop", "df_dw_three", LessonState(values={"w": -2.0, "x": 3.0, "b": 3.0}),
               LessonState(values={"w": 3.0, "x": 5.0, "b": 3.0}))
    _both_ways("backprop", "gate_steepest", LessonState(values={"w": -2.0, "x": 5.0, "b": 10.0}),
               LessonState(values={"w": -2.0, "x": 5.0, "b": 9.0}))


def test_activation_tasks():
    _both_ways("activations", "steepest", LessonState(values={"activation": "sigmoid", "z": 0.01}),
               LessonState(values={"activation": "sigmoid", "z": 0.5}))
    assert not _check("activations", "steepest")(LessonState(values={"activation": "tanh", "z": 0.0}))
    _both_ways("activations", "thousandfold", LessonState(values={"layers": 5}), LessonState(values={"layers": 4}))
    assert not _check("activations", "thousandfold")(LessonState(values={"layers": 6}))   # not the fewest
    _both_ways("activations", "never_flat", LessonState(values={"activation": "leaky_relu"}),
               LessonState(values={"activation": "relu"}))


def test_vanishing_tasks():
    # per Dense layer, first to last; the last entry is the output layer's
    _both_ways("vanishing", "hundredfold", LessonState(gradient_norms=(0.003, 0.06, 0.31, 0.5)),
               LessonState(gradient_norms=(0.08, 0.32, 0.5)))
    _both_ways("vanishing", "alike", LessonState(gradient_norms=(1.1, 1.4, 1.08, 0.7)),
               LessonState(gradient_norms=(0.012, 0.055, 0.26, 0.7)))
    assert not _check("vanishing", "alike")(LessonState(gradient_norms=(1.0, 1.0, 0.5)))   # two hidden layers
    _both_ways("vanishing", "explode", LessonState(gradient_norms=(118.0, 35.7, 6.7, 1.0)),
               LessonState(gradient_norms=(1.1, 1.4, 1.08, 0.7)))


def test_descent_tasks():
    """A rate counts once the learner has run the ball with it (a preset button alone sets only the rate)."""
    ran = {"steps": descent.WATCHED}
    _both_ways("descent", "too_small", LessonState(values={"cost": "parabola", "eta": 0.01, **ran}),
               LessonState(values={"cost": "parabola", "eta": 0.3, **ran}))
    _both_ways("descent", "too_large", LessonState(values={"cost": "parabola", "eta": 1.05, **ran}),
               LessonState(values={"cost": "parabola", "eta": 0.3, **ran}))
    for task, eta in (("too_small", 0.01), ("too_large", 1.05)):
        assert not _check("descent", task)(LessonState(values={"cost": "parabola", "eta": eta, "steps": 3}))
    at_bottom = descent.run(descent.cost("valley"), 0.15)[-1]
    _both_ways("descent", "valley", LessonState(values={"cost": "valley", "eta": 0.15, "position": at_bottom}),
               LessonState(values={"cost": "valley", "eta": 0.21, "position": at_bottom}))
    assert not _check("descent", "valley")(LessonState(values={"cost": "valley", "eta": 0.15,
                                                               "position": (-4.0, 1.5)}))      # not run yet
    assert not _check("descent", "valley")(LessonState(values={"cost": "parabola", "eta": 0.3}))


def test_mnist_cost_tasks():
    _both_ways("mnist_cost", "ninety", LessonState(spec=cost.NIELSEN_SPEC, test_accuracies=(0.91, 0.93, 0.94)),
               LessonState(spec=cost.NIELSEN_SPEC, test_accuracies=(0.7, 0.85)))
    other_loss = dataclasses.replace(cost.NIELSEN_SPEC, loss="mse")
    assert not _check("mnist_cost", "ninety")(LessonState(spec=other_loss, test_accuracies=(0.95,)))
    xor_quadratic = dataclasses.replace(NetworkSpec.xor_default(), loss="quadratic")   # 4 points, all right
    assert not _check("mnist_cost", "ninety")(LessonState(spec=xor_quadratic, test_accuracies=(1.0,)))
    _both_ways("mnist_cost", "fast_bad_neuron", LessonState(values={"cost": "cross_entropy", "eta": 0.15}),
               LessonState(values={"cost": "quadratic", "eta": 0.15}))
    assert not _check("mnist_cost", "fast_bad_neuron")(LessonState(values={"cost": "quadratic", "eta": 3.0}))


def test_losses_tasks():
    sine = load_dataset("sine")
    regression = problems.network_for("regression", 1, 1)
    _both_ways("losses", "regression", LessonState(spec=regression, dataset=sine, losses=(0.5, 0.04)),
               LessonState(spec=regression, dataset=sine, losses=(0.5, 0.2)))
    venn = load_dataset("venn")
    spec = NetworkSpec(2, (LayerSpec(16, "tanh"), LayerSpec(16, "tanh")), LayerSpec(3, "sigmoid"), "multilabel")
    model = spec.build(seed=0, optimizer={"name": "adam", "lr": 0.01})
    untrained = tuple(model.get_weights())
    model.fit(venn.x_train, venn.y_train, epochs=150, batch_size=32, verbose=0)
    _both_ways("losses", "multilabel", LessonState(spec=spec, dataset=venn, weights=tuple(model.get_weights())),
               LessonState(spec=spec, dataset=venn, weights=untrained))
    # the same weights in a network the table does not prescribe for multi-label (linear outputs) do not count
    as_regression = spec.with_problem("regression", 3)
    assert not _check("losses", "multilabel")(LessonState(spec=as_regression, dataset=venn,
                                                          weights=tuple(model.get_weights())))


def test_initialization_tasks():
    def state(activation, initializer):
        return LessonState(spec=initialization.deep_spec(activation, initializer), values={"seed": 0})
    _both_ways("initialization", "tanh_healthy", state("tanh", "glorot_normal"), state("tanh", "normal"))
    _both_ways("initialization", "relu_collapse", state("relu", "glorot_normal"), state("relu", "he_normal"))
    _both_ways("initialization", "relu_healthy", state("relu", "he_normal"), state("relu", "normal"))
    shallow = LessonState(spec=initialization.deep_spec("relu", "he_normal", depth=3))
    assert not _check("initialization", "relu_healthy")(shallow)   # the task is about a deep network


def test_overfitting_tasks():
    _both_ways("overfitting", "see_it", LessonState(train_accuracies=(0.9, 1.0), test_accuracies=(0.85, 0.89)),
               LessonState(train_accuracies=(0.9, 0.97), test_accuracies=(0.85, 0.89)))
    _both_ways("overfitting", "close_gap", LessonState(train_accuracies=(0.9, 0.99), test_accuracies=(0.9, 0.95)),
               LessonState(train_accuracies=(0.9, 1.0), test_accuracies=(0.85, 0.9)))
    assert not _check("overfitting", "close_gap")(LessonState(train_accuracies=(0.5,), test_accuracies=(0.5,)))
    # the studio's XOR (tested on its own four points: 100 % and 100 %) is no cure; the studio's digits are
    from nnstudio.lessons import overfitting
    xor_run = dict(train_accuracies=(0.75, 1.0), test_accuracies=(0.75, 1.0))
    assert not _check("overfitting", "close_gap")(LessonState(spec=NetworkSpec.xor_default(), **xor_run))
    assert _check("overfitting", "close_gap")(LessonState(spec=overfitting.LARGE, train_accuracies=(0.99,),
                                                          test_accuracies=(0.95,)))
    assert not _check("overfitting", "see_it")(LessonState(spec=NetworkSpec.xor_default(), train_accuracies=(1.0,),
                                                           test_accuracies=(0.5,)))
    assert _check("overfitting", "see_it")(LessonState(spec=overfitting.LARGE, train_accuracies=(1.0,),
                                                       test_accuracies=(0.8,)))


def test_every_task_is_covered_by_a_test_above():
    import inspect
    source = inspect.getsource(inspect.getmodule(test_xor_tasks))
    for entry in LESSONS:
        for task in entry.tasks:
            assert f'"{entry.id}", "{task.id}"' in source, f"no test for {entry.id}/{task.id}"


def test_lessons_import_no_qt():
    import subprocess
    import sys
    code = ("import sys, nnstudio.lessons.catalog; "
            "bad = [m for m in sys.modules if m.startswith(('PySide6', 'pyqtgraph', 'nnstudio.app'))]; "
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)
