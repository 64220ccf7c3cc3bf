"""The ten lessons: what each sets up, what it asks the learner to predict, and its "Try this" tasks.

Everything here is plain data. A lesson's **set up** names the view it opens ("studio": the studio's own
room; otherwise the lesson's own view) and, where it configures the studio, the network (a NetworkSpec), the
weights to start from, the data and the training settings (``DataSetUp`` and ``TrainingSetUp`` carry the field
names of the session's DataChoice and TrainingConfig, so ``to_dict()`` feeds their ``from_dict``). ``options``
are settings of the lesson's own view.

A task's ``check`` takes a :class:`LessonState` — what the studio or the lesson's view shows right now — and
returns True once the task is done; ``needs`` names the fields it reads, so the GUI knows what to fill in.
Titles and texts are marked with QT_TRANSLATE_NOOP under the context "Lessons"; the lesson texts themselves
are files, ``resources/lessons/<id>.<language>.md``, which a teacher can edit.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import MappingProxyType
from typing import Callable, Mapping

import numpy as np

from nnstudio.data.paths import resources_dir
from nnstudio.engine.spec import LayerSpec, NetworkSpec
from nnstudio.i18n import QT_TRANSLATE_NOOP
from nnstudio.lessons import activations, cost, derivatives, descent, graph, initialization, overfitting, problems
from nnstudio.lessons import vanishing, xor

LANGUAGES = ("en", "ko")


# -- the records ---------------------------------------------------------------------------------------------------
@dataclass(frozen=True)
class LessonState:
    """What the learner sees now, as plain data (fields the current view does not have stay empty).

    ``weights``: [W1, b1, W2, b2, ...] as ``model.get_weights()`` gives them; ``dataset``: the studio's
    :class:`~nnstudio.data.dataset.Dataset`; ``gradient_norms``: ||∂C/∂b|| of every Dense layer at the last
    step, first to last (the output layer last: ``LayerStats.bias_grad_norm``); ``losses``: the training loss
    history (one value per step or epoch, oldest first); ``train_accuracies``/``test_accuracies``: one per
    epoch; ``values``: the settings of a lesson's own view, by the names its ``options`` use.
    """

    spec: NetworkSpec | None = None
    weights: tuple[np.ndarray, ...] | None = None
    dataset: object | None = None
    gradient_norms: tuple[float, ...] = ()
    losses: tuple[float, ...] = ()
    train_accuracies: tuple[float, ...] = ()
    test_accuracies: tuple[float, ...] = ()
    values: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class Task:
    id: str
    text: str                                  # context "Lessons"
    check: Callable[[LessonState], bool]
    needs: tuple[str, ...]                     # the LessonState fields ``check`` reads


@dataclass(frozen=True)
class Prediction:
    """"Predict first": a question, its choices and the index of the right one."""

    question: str                              # context "Lessons"
    choices: tuple[str, ...]                   # context "Lessons"
    answer: int


@dataclass(frozen=True)
class DataSetUp:
    """Which data set (a toy set's name, "mnist" or "fashion") and a toy set's parameters (DataChoice's names;
    None: the set's own, as for DataChoice — XOR's four points, MNIST's images)."""

    key: str
    n: int | None = None
    noise: float | None = None
    test_fraction: float | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class TrainingSetUp:
    """The optimizer (a registry name), its learning rate, the batch size and the seed (TrainingConfig's names)."""

    optimizer: str
    lr: float
    batch_size: int
    seed: int = 0

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class SetUp:
    view: str                                  # "studio" or the lesson's own view (its id)
    spec: NetworkSpec | None = None
    weights: tuple[np.ndarray, ...] | None = None   # start from these instead of the seed's random weights
    data: DataSetUp | None = None
    training: TrainingSetUp | None = None
    options: Mapping[str, object] = field(default_factory=dict)

    def __post_init__(self):
        object.__setattr__(self, "options", MappingProxyType(dict(self.options)))


@dataclass(frozen=True)
class Lesson:
    id: str
    number: int
    title: str                                 # context "Lessons"
    setup: SetUp
    tasks: tuple[Task, ...]
    prediction: Prediction | None = None

    def text_file(self, language: str) -> str:
        """The file name of the lesson's text in ``language`` ("en" or "ko"), under ``resources/lessons``."""
        if language not in LANGUAGES:
            raise ValueError(f"Lessons are written in {', '.join(LANGUAGES)} (got {language!r}).")
        return f"{self.id}.{language}.md"


# -- the checks ----------------------------------------------------------------------------------------------------
def _hidden_norms(state: LessonState) -> tuple[float, ...]:
    """The hidden layers' gradient norms (the output layer's is the last of ``gradient_norms``)."""
    return tuple(state.gradient_norms[:-1])


def _number(state: LessonState, name: str, default=None):
    value = state.values.get(name, default)
    return None if value is None else float(value)


def another_xor_solution(state: LessonState) -> bool:
    if state.weights is None:
        return False
    try:
        solves = xor.solves_xor(state.weights)
    except ValueError:          # not a 2-h-1 network
        return False
    same_shapes = all(np.shape(w) == np.shape(l) for w, l in zip(state.weights, xor.LECTURE_WEIGHTS))
    moved = not same_shapes or max(float(np.max(np.abs(np.asarray(w) - l)))
                                   for w, l in zip(state.weights, xor.LECTURE_WEIGHTS)) >= 0.5
    return solves and moved


def xor_learned_from_random(state: LessonState) -> bool:
    # trained (a loss history) from weights that did not solve XOR (a start loss near ln 2, not the lecture's
    # 0.01), to weights that do
    if state.weights is None or len(state.losses) < 2 or state.losses[0] < 0.3:
        return False
    try:
        return xor.solves_xor(state.weights)
    except ValueError:
        return False


def square_quotient_accurate(state: LessonState) -> bool:
    if state.values.get("function") != "square":
        return False
    x, h = _number(state, "x", 3.0), _number(state, "h", derivatives.LECTURE_H)
    if not h:
        return False
    return abs(derivatives.difference_quotient(derivatives.FUNCTIONS["square"].f, x, h) - 2 * x) < 0.001


def product_partial_is_minus_two(state: LessonState) -> bool:
    if state.values.get("function") != "product":
        return False
    x, y = _number(state, "x", 0.0), _number(state, "y", 0.0)
    h = _number(state, "h", derivatives.LECTURE_H)
    if not h:
        return False
    return abs(derivatives.partial_quotients(derivatives.FUNCTIONS["product"].f, (x, y), h)[0] + 2.0) < 1e-6


def _leaves(state: LessonState) -> dict[str, float]:
    return {name: _number(state, name, default) for name, default in (("w", -2.0), ("x", 5.0), ("b", 3.0))}


def backward_pass_stepped(state: LessonState) -> bool:
    """Every backward step of the graph shown, taken one at a time (the sigmoid gate's has a fifth, ∂a/∂f)."""
    build = graph.sigmoid_gate if state.values.get("graph") == "gate" else graph.lecture_graph
    total = len(build(**_leaves(state)).output.backward())
    return int(state.values.get("backward_steps_taken", 0)) >= total


def df_dw_is_three(state: LessonState) -> bool:
    g = graph.lecture_graph(**_leaves(state))
    g.output.backward()
    return abs(g.values["w"].grad - 3.0) < 1e-9


def sigmoid_gate_steepest(state: LessonState) -> bool:
    a = graph.sigmoid_gate(**_leaves(state)).values["a"].data
    return a * (1.0 - a) >= 0.2499


def sigmoid_steepest(state: LessonState) -> bool:
    if state.values.get("activation") != "sigmoid":
        return False
    _, slope = activations.curves("sigmoid", [_number(state, "z", 2.0)])
    return float(slope[0]) >= 0.2499


def thousandfold_layers(state: LessonState) -> bool:
    k = int(state.values.get("layers", 1))
    return k >= 1 and activations.depth_factor(k) <= 0.001 < activations.depth_factor(k - 1)


def slope_never_vanishes(state: LessonState) -> bool:
    name = state.values.get("activation")
    return name in activations.EXPLORED and not activations.flat_regions(name, np.linspace(-10, 10, 2001))


def first_layer_hundredfold_slower(state: LessonState) -> bool:
    hidden = _hidden_norms(state)
    return len(hidden) >= 2 and hidden[0] > 0 and hidden[-1] >= 100 * hidden[0]


def layers_learn_alike(state: LessonState) -> bool:
    hidden = _hidden_norms(state)
    return len(hidden) >= 3 and hidden[0] > 0 and 0.5 <= hidden[-1] / hidden[0] <= 2.0


def gradient_explodes(state: LessonState) -> bool:
    hidden = _hidden_norms(state)
    return len(hidden) >= 2 and hidden[0] >= 10 * hidden[-1] > 0


def _regime(state: LessonState) -> str | None:
    eta = _number(state, "eta")
    if eta is None or eta <= 0:
        return None
    c = descent.cost(str(state.values.get("cost", "parabola")))
    return descent.regime(c, eta, state.values.get("start"))


def _watched(state: LessonState) -> bool:
    """The learner has run the ball at this rate for ``descent.WATCHED`` steps (a preset alone is not enough)."""
    return int(state.values.get("steps", 0)) >= descent.WATCHED


def rate_too_large(state: LessonState) -> bool:
    return _regime(state) == "too_large" and _watched(state)


def rate_too_small(state: LessonState) -> bool:
    return _regime(state) == "too_small" and _watched(state)


def valley_rate_good(state: LessonState) -> bool:
    position = state.values.get("position")
    return (state.values.get("cost") == "valley" and _regime(state) == "good" and position is not None
            and descent.reached_bottom(descent.cost("valley"), position, state.values.get("start")))


def nielsen_ninety(state: LessonState) -> bool:
    """A digit classifier (784 pixels in, 10 digits out) trained with the quadratic cost to 90 %: the XOR
    network with the quadratic cost, 100 % on its four points, does not count."""
    spec = state.spec
    return (spec is not None and spec.loss_name == "quadratic" and spec.sizes[0] == 784 and spec.sizes[-1] == 10
            and bool(state.test_accuracies) and max(state.test_accuracies) >= 0.90)


def bad_neuron_learns_fast(state: LessonState) -> bool:
    eta = _number(state, "eta", cost.SLOWDOWN_ETA)
    name = state.values.get("cost")
    if name not in cost.SLOWDOWN_COSTS or not 0 < eta <= cost.SLOWDOWN_ETA:
        return False
    w, b = cost.SLOWDOWN_STARTS["bad"]
    return cost.epochs_to_reach(cost.single_neuron(w, b, name, eta, epochs=50), 0.2) is not None


def _fits_own_problem(state: LessonState, problem: str) -> bool:
    d = state.dataset
    return (state.spec is not None and d is not None and d.problem == problem
            and problems.fits(state.spec, problem, d.n_classes))


def regression_learned(state: LessonState) -> bool:
    return _fits_own_problem(state, "regression") and bool(state.losses) and state.losses[-1] < 0.05


def multilabel_learned(state: LessonState) -> bool:
    if not _fits_own_problem(state, "multilabel") or state.weights is None:
        return False
    model = state.spec.build()
    try:
        model.set_weights(state.weights)
    except ValueError:
        return False
    d = state.dataset
    right = (model.predict(d.x_test) > 0.5) == (d.y_test > 0.5)
    return float(right.mean()) >= 0.9


def _deep_health(state: LessonState, activation: str) -> list[initialization.LayerHealth] | None:
    spec = state.spec
    if spec is None or len(spec.hidden) < initialization.DEPTH \
            or any(layer.activation != activation for layer in spec.hidden):
        return None
    return initialization.network_health(spec, seed=int(state.values.get("seed", 0)))


def relu_all_healthy(state: LessonState) -> bool:
    health = _deep_health(state, "relu")
    return health is not None and all(h.verdict == "healthy" for h in health)


def tanh_all_healthy(state: LessonState) -> bool:
    health = _deep_health(state, "tanh")
    return health is not None and all(h.verdict == "healthy" for h in health)


def relu_collapses(state: LessonState) -> bool:
    health = _deep_health(state, "relu")
    return health is not None and health[-1].verdict == "collapsed"


def _digits_run(state: LessonState) -> bool:
    """A training of the overfitting lab (it trains on MNIST; its states carry no network) or the studio's on a
    digit classifier: the studio's XOR, 100 % on the four points it also tests on, closed no gap."""
    spec = state.spec
    return spec is None or (spec.sizes[0] == 784 and spec.sizes[-1] == 10)


def overfitting_seen(state: LessonState) -> bool:
    if not state.train_accuracies or not state.test_accuracies or not _digits_run(state):
        return False
    train, test = state.train_accuracies[-1], state.test_accuracies[-1]
    return train >= 0.99 and train - test >= 0.05


def gap_closed(state: LessonState) -> bool:
    if not state.train_accuracies or not state.test_accuracies or not _digits_run(state):
        return False
    train, test = state.train_accuracies[-1], state.test_accuracies[-1]
    return test >= 0.93 and train - test < 0.05


# -- the lessons ---------------------------------------------------------------------------------------------------
def _task(id: str, text: str, check, *needs: str) -> Task:
    return Task(id, text, check, needs)


NIELSEN_VANISHING_SPEC = NetworkSpec(784, (LayerSpec(30, "sigmoid", "nielsen"), LayerSpec(30, "sigmoid", "nielsen")),
                                     LayerSpec(10, "sigmoid", "nielsen"), problem="multilabel",
                                     loss="binary_crossentropy")

LESSONS: tuple[Lesson, ...] = (
    Lesson("xor", 1, QT_TRANSLATE_NOOP("Lessons", "XOR with three logistic units"),
           SetUp("studio", NetworkSpec.xor_default(), weights=xor.LECTURE_WEIGHTS, data=DataSetUp("xor"),
                 training=TrainingSetUp(xor.TRAINING["optimizer"], xor.TRAINING["lr"], 4, 0)),
           (_task("another_solution", QT_TRANSLATE_NOOP("Lessons", "Can you find another W and b? Change the "
                                                                   "weights so that the table still gives XOR."),
                  another_xor_solution, "weights"),
            _task("from_random", QT_TRANSLATE_NOOP("Lessons", "Press Random start in the studio, then Run, and "
                                                              "train until backpropagation finds a solution."),
                  xor_learned_from_random, "weights", "losses")),
           Prediction(QT_TRANSLATE_NOOP("Lessons", "Can a single logistic unit (one straight line) solve XOR?"),
                      (QT_TRANSLATE_NOOP("Lessons", "Yes"), QT_TRANSLATE_NOOP("Lessons", "No")), 1)),
    Lesson("derivatives", 2, QT_TRANSLATE_NOOP("Lessons", "Derivatives by finite differences"),
           SetUp("derivatives", options={"function": "double", "x": 3.0, "h": derivatives.LECTURE_H}),
           (_task("square_accurate", QT_TRANSLATE_NOOP("Lessons", "For f(x) = x², make h small enough that the "
                                                                  "quotient is within 0.001 of the derivative 2x."),
                  square_quotient_accurate, "values"),
            _task("partial_product", QT_TRANSLATE_NOOP("Lessons", "For f(x, y) = x·y, choose y so that ∂f/∂x "
                                                                  "is −2."),
                  product_partial_is_minus_two, "values")),
           Prediction(QT_TRANSLATE_NOOP("Lessons", "For f(x) = 2x, what is (f(x + 0.01) − f(x)) / 0.01?"),
                      ("0", "0.01", "1", "2"), 3)),
    Lesson("backprop", 3, QT_TRANSLATE_NOOP("Lessons", "Backpropagation on a computational graph"),
           SetUp("graph", options={"w": -2.0, "x": 5.0, "b": 3.0}),
           (_task("step_through", QT_TRANSLATE_NOOP("Lessons", "Step through the whole backward pass."),
                  backward_pass_stepped, "values"),
            _task("df_dw_three", QT_TRANSLATE_NOOP("Lessons", "Edit the values so that ∂f/∂w = 3."),
                  df_dw_is_three, "values"),
            _task("gate_steepest", QT_TRANSLATE_NOOP("Lessons", "Make the sigmoid gate's local derivative as "
                                                                "large as it can be."),
                  sigmoid_gate_steepest, "values")),
           Prediction(QT_TRANSLATE_NOOP("Lessons", "When w rises by 1, how much does f change?"),
                      ("−7", "−2", "1", "5"), 3)),
    Lesson("activations", 4, QT_TRANSLATE_NOOP("Lessons", "Activation explorer"),
           SetUp("activations", options={"activation": "sigmoid", "z": 2.0, "layers": 1}),
           (_task("steepest", QT_TRANSLATE_NOOP("Lessons", "Move z to where the sigmoid is steepest."),
                  sigmoid_steepest, "values"),
            _task("thousandfold", QT_TRANSLATE_NOOP("Lessons", "Find the fewest sigmoid layers that shrink a "
                                                               "gradient at least 1,000-fold."),
                  thousandfold_layers, "values"),
            _task("never_flat", QT_TRANSLATE_NOOP("Lessons", "Find an activation with nothing shaded: its "
                                                             "slope is nowhere below 0.01."),
                  slope_never_vanishes, "values")),
           Prediction(QT_TRANSLATE_NOOP("Lessons", "What is the largest slope the sigmoid has?"),
                      ("1", "0.5", "0.25", "0.1"), 2)),
    Lesson("vanishing", 5, QT_TRANSLATE_NOOP("Lessons", "Vanishing and exploding gradients"),
           SetUp("studio", NIELSEN_VANISHING_SPEC, data=DataSetUp("mnist"),
                 training=TrainingSetUp("sgd", 0.1, 10, 0),
                 options={"sizes": vanishing.NIELSEN_SIZES, "experiments": tuple(vanishing.EXPERIMENTS)}),
           # (the studio's biases start at 0, Nielsen's at N(0, 1): his four sigmoid layers' 95× is 53–82× here, on
           # every seed tried; five clear 100× on all; four ReLU layers with N(0, 1) weights clear 10× on all, three
           # fall short on one seed in eight)
           (_task("hundredfold", QT_TRANSLATE_NOOP("Lessons", "In the studio, make the first hidden layer's "
                                                              "gradient 100× smaller than the last hidden "
                                                              "layer's. (The studio starts the biases at 0, not "
                                                              "at Nielsen's N(0, 1): his four hidden layers' 95× "
                                                              "is less here.)"),
                  first_layer_hundredfold_slower, "gradient_norms"),
            _task("alike", QT_TRANSLATE_NOOP("Lessons", "In the studio, with three or more hidden layers, make the "
                                                        "first and the last hidden layer learn within a factor of "
                                                        "2 of each other."),
                  layers_learn_alike, "gradient_norms"),
            _task("explode", QT_TRANSLATE_NOOP("Lessons", "In the studio, make the gradient grow toward the "
                                                          "input: the first hidden layer's 10× the last hidden "
                                                          "layer's. (Each hidden layer it crosses multiplies it, "
                                                          "give or take a batch's luck: the more layers, the "
                                                          "surer.)"),
                  gradient_explodes, "gradient_norms")),
           Prediction(QT_TRANSLATE_NOOP("Lessons", "Which hidden layer will learn fastest?"),
                      (QT_TRANSLATE_NOOP("Lessons", "The first, next to the input"),
                       QT_TRANSLATE_NOOP("Lessons", "The last, next to the output"),
                       QT_TRANSLATE_NOOP("Lessons", "All at the same speed")), 1)),
    Lesson("descent", 6, QT_TRANSLATE_NOOP("Lessons", "Gradient descent"),
           SetUp("descent", options={"cost": "parabola", "eta": descent.COSTS["parabola"].rates[1]}),
           (_task("too_small", QT_TRANSLATE_NOOP("Lessons", "Find a learning rate that is too small, and run "
                                                             "the ball with it: watch it creep."),
                  rate_too_small, "values"),
            _task("too_large", QT_TRANSLATE_NOOP("Lessons", "Find a learning rate at which the ball never "
                                                            "settles, and run the ball with it."),
                  rate_too_large, "values"),
            _task("valley", QT_TRANSLATE_NOOP("Lessons", "On the valley, find a learning rate that reaches the "
                                                         "bottom, and run the ball down to it."),
                  valley_rate_good, "values")),
           Prediction(QT_TRANSLATE_NOOP("Lessons", "What happens when the learning rate is too large?"),
                      (QT_TRANSLATE_NOOP("Lessons", "The ball creeps down slowly"),
                       QT_TRANSLATE_NOOP("Lessons", "The ball jumps across the valley and may fly off"),
                       QT_TRANSLATE_NOOP("Lessons", "Nothing changes")), 1)),
    Lesson("mnist_cost", 7, QT_TRANSLATE_NOOP("Lessons", "MNIST and the quadratic cost"),
           SetUp("studio", cost.NIELSEN_SPEC, data=DataSetUp("mnist"),
                 training=TrainingSetUp(**cost.NIELSEN_TRAINING),
                 options={"starts": cost.SLOWDOWN_STARTS, "eta": cost.SLOWDOWN_ETA,
                          "epochs": cost.SLOWDOWN_EPOCHS}),
           (_task("ninety", QT_TRANSLATE_NOOP("Lessons", "Train Nielsen's network with the quadratic cost to 90 % "
                                                         "test accuracy."),
                  nielsen_ninety, "spec", "test_accuracies"),
            _task("fast_bad_neuron", QT_TRANSLATE_NOOP("Lessons", "Without raising η above 0.15, make the badly "
                                                                  "wrong neuron (w = 2, b = 2) reach output 0.2 "
                                                                  "within 50 epochs."),
                  bad_neuron_learns_fast, "values")),
           Prediction(QT_TRANSLATE_NOOP("Lessons", "Under the quadratic cost, which neuron learns faster at "
                                                   "first: the one starting at output 0.82 or at 0.98?"),
                      ("0.82", "0.98", QT_TRANSLATE_NOOP("Lessons", "Both the same")), 0)),
    Lesson("losses", 8, QT_TRANSLATE_NOOP("Lessons", "Losses by problem type"),
           SetUp("studio", problems.network_for("binary", 2, 1), data=DataSetUp("circle"),
                 training=TrainingSetUp("adam", 0.01, 16, 0), options={"problem": "binary"}),
           (_task("regression", QT_TRANSLATE_NOOP("Lessons", "Choose the regression row and train until the loss "
                                                             "is below 0.05."),
                  regression_learned, "spec", "dataset", "losses"),
            _task("multilabel", QT_TRANSLATE_NOOP("Lessons", "Choose the multi-label row and train until 90 % of "
                                                             "the test labels are right."),
                  multilabel_learned, "spec", "dataset", "weights")),
           Prediction(QT_TRANSLATE_NOOP("Lessons", "A photo may show a cat and a dog at once. Which output "
                                                   "layer fits?"),
                      (QT_TRANSLATE_NOOP("Lessons", "One softmax over the classes"),
                       QT_TRANSLATE_NOOP("Lessons", "One sigmoid per class"),
                       QT_TRANSLATE_NOOP("Lessons", "One linear unit")), 1)),
    Lesson("initialization", 9, QT_TRANSLATE_NOOP("Lessons", "Weight initialization"),
           SetUp("initialization", initialization.deep_spec("tanh", "normal"),
                 options={"activation": "tanh", "initializer": "normal", "depth": initialization.DEPTH,
                          "width": initialization.WIDTH, "seed": 0}),
           (_task("tanh_healthy", QT_TRANSLATE_NOOP("Lessons", "Keep all ten tanh layers healthy."),
                  tanh_all_healthy, "spec", "values"),
            _task("relu_collapse", QT_TRANSLATE_NOOP("Lessons", "Make the last layer of a deep ReLU network "
                                                                "collapse."),
                  relu_collapses, "spec", "values"),
            _task("relu_healthy", QT_TRANSLATE_NOOP("Lessons", "Keep all ten ReLU layers healthy."),
                  relu_all_healthy, "spec", "values")),
           Prediction(QT_TRANSLATE_NOOP("Lessons", "A deep tanh network starts with N(0, 1) weights. Where do "
                                                   "its activations end up?"),
                      (QT_TRANSLATE_NOOP("Lessons", "Near 0"), QT_TRANSLATE_NOOP("Lessons", "At −1 and 1"),
                       QT_TRANSLATE_NOOP("Lessons", "Spread evenly between −1 and 1")), 1)),
    Lesson("overfitting", 10, QT_TRANSLATE_NOOP("Lessons", "Overfitting lab"),
           SetUp("studio", overfitting.LARGE, data=DataSetUp("mnist"),
                 training=TrainingSetUp(overfitting.TRAINING["optimizer"], overfitting.TRAINING["lr"],
                                        overfitting.TRAINING["batch_size"], overfitting.TRAINING["seed"]),
                 options={"train_images": overfitting.IMAGES, "cures": tuple(overfitting.CURES)}),
           (_task("see_it", QT_TRANSLATE_NOOP("Lessons", "Train until the training accuracy reaches 99 % while "
                                                         "the test accuracy stays at least 5 points lower."),
                  overfitting_seen, "train_accuracies", "test_accuracies"),
            _task("close_gap", QT_TRANSLATE_NOOP("Lessons", "Find a cure that brings the test accuracy to 93 % "
                                                            "with a gap below 5 points."),
                  gap_closed, "train_accuracies", "test_accuracies")),
           Prediction(QT_TRANSLATE_NOOP("Lessons", "A large network trains on only 1,000 images. What will its "
                                                   "training accuracy do?"),
                      (QT_TRANSLATE_NOOP("Lessons", "Stay close to the test accuracy"),
                       QT_TRANSLATE_NOOP("Lessons", "Reach nearly 100 %, far above the test accuracy"),
                       QT_TRANSLATE_NOOP("Lessons", "Stay below the test accuracy")), 1)),
)


def lesson(lesson_id: str) -> Lesson:
    for entry in LESSONS:
        if entry.id == lesson_id:
            return entry
    raise ValueError(f"Unknown lesson {lesson_id!r}; choose one of {', '.join(x.id for x in LESSONS)}.")


# -- texts ---------------------------------------------------------------------------------------------------------
def lessons_dir() -> Path:
    return resources_dir() / "lessons"


def lesson_text(lesson_id: str, language: str) -> str:
    """The lesson's text (Markdown) in ``language``; a missing file raises FileNotFoundError naming it."""
    path = lessons_dir() / lesson(lesson_id).text_file(language)
    if not path.is_file():
        raise FileNotFoundError(f"The lesson text {path} is missing; reinstall NN Studio or restore the file.")
    return path.read_text(encoding="utf-8")


def glossary() -> list[tuple[str, str]]:
    """(English, Korean) pairs of ``resources/lessons/glossary.md``, a Markdown table a teacher can extend."""
    pairs = []
    for line in (lessons_dir() / "glossary.md").read_text(encoding="utf-8").splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if not line.lstrip().startswith("|") or len(cells) != 2 or set(cells[0]) <= set("-: "):
            continue
        pairs.append((cells[0], cells[1]))
    return pairs[1:]   # the first row is the header
