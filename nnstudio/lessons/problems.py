"""The lecture's table of losses by problem type, as a chooser: each row sets the output layer, the loss and a
built-in data set of that type.

| problem | output layer | activation | loss |
| regression | 1 real value | none / linear | MSE |
| binary classification | 1 probability | sigmoid | binary cross-entropy |
| multi-class classification | one unit per class | softmax | categorical cross-entropy |
| multi-label classification | yes/no per class | sigmoid | binary cross-entropy per class |

The activation and loss of each row come from the engine's table (``nnstudio.engine.problems.PROBLEMS``); the
chooser shows them in the lecture's words, as the lesson's page does.
"""
from __future__ import annotations

from dataclasses import dataclass

from nnstudio.engine.problems import PROBLEM_TITLES, PROBLEMS
from nnstudio.engine.spec import LayerSpec, NetworkSpec
from nnstudio.i18n import QT_TRANSLATE_NOOP

# the Keras example of the notes: 4 features in, two hidden ReLU layers of 8, 3 classes out (Iris's shape)
KERAS_EXAMPLE = NetworkSpec(4, (LayerSpec(8, "relu"), LayerSpec(8, "relu")), LayerSpec(3, "softmax"),
                            problem="multiclass")


@dataclass(frozen=True)
class ProblemRow:
    problem: str            # a key of PROBLEMS
    title: str              # PROBLEM_TITLES, context "Problems"
    output: str             # the output layer in the lecture's words, context "Lessons"
    activation: str         # the engine's names
    loss: str
    activation_words: str   # the activation and the loss in the lecture's words, context "Lessons"
    loss_words: str
    dataset: str            # a toy data set of this type (a key of nnstudio.data.TOY_DATASETS)


def _row(problem: str, output: str, activation_words: str, loss_words: str, dataset: str) -> ProblemRow:
    activation, loss = PROBLEMS[problem]
    return ProblemRow(problem, PROBLEM_TITLES[problem], output, activation, loss, activation_words, loss_words,
                      dataset)


PROBLEM_TABLE: tuple[ProblemRow, ...] = (
    _row("regression", QT_TRANSLATE_NOOP("Lessons", "1 real value"), QT_TRANSLATE_NOOP("Lessons", "none / linear"),
         QT_TRANSLATE_NOOP("Lessons", "MSE"), "sine"),
    _row("binary", QT_TRANSLATE_NOOP("Lessons", "1 probability"), QT_TRANSLATE_NOOP("Lessons", "sigmoid"),
         QT_TRANSLATE_NOOP("Lessons", "binary cross-entropy"), "circle"),
    _row("multiclass", QT_TRANSLATE_NOOP("Lessons", "one unit per class"), QT_TRANSLATE_NOOP("Lessons", "softmax"),
         QT_TRANSLATE_NOOP("Lessons", "categorical cross-entropy"), "three_blobs"),
    _row("multilabel", QT_TRANSLATE_NOOP("Lessons", "yes/no per class"), QT_TRANSLATE_NOOP("Lessons", "sigmoid"),
         QT_TRANSLATE_NOOP("Lessons", "binary cross-entropy per class"), "venn"),
)

HIDDEN = (LayerSpec(8, "relu", "he_normal"), LayerSpec(8, "relu", "he_normal"))


def row(problem: str) -> ProblemRow:
    for r in PROBLEM_TABLE:
        if r.problem == problem:
            return r
    raise ValueError(f"Unknown problem type {problem!r}; choose one of {', '.join(PROBLEMS)}.")


def network_for(problem: str, input_dim: int, outputs: int, hidden=HIDDEN) -> NetworkSpec:
    """The network the chooser sets up for a row: ``hidden`` layers and the output layer and loss of the table."""
    return NetworkSpec(input_dim, tuple(hidden)).with_problem(problem, outputs)


def fits(spec: NetworkSpec, problem: str, outputs: int) -> bool:
    """True when ``spec``'s output layer and loss are the table's for ``problem`` with ``outputs`` units."""
    r = row(problem)
    return (spec.output.units == outputs and spec.output.activation == r.activation
            and spec.loss_name == r.loss)
