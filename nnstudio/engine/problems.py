"""The lecture's table: which output activation and loss suit which kind of problem."""
from __future__ import annotations

from nnstudio.i18n import QT_TRANSLATE_NOOP, TranslatableError

# problem -> (output activation, loss)
PROBLEMS: dict[str, tuple[str, str]] = {
    "regression": ("linear", "mse"),
    "binary": ("sigmoid", "binary_crossentropy"),
    "multiclass": ("softmax", "categorical_crossentropy"),
    "multilabel": ("sigmoid", "binary_crossentropy"),
}

# shown with QCoreApplication.translate("Problems", title)
PROBLEM_TITLES: dict[str, str] = {
    "regression": QT_TRANSLATE_NOOP("Problems", "Regression: one real value per output"),
    "binary": QT_TRANSLATE_NOOP("Problems", "Binary classification: one probability"),
    "multiclass": QT_TRANSLATE_NOOP("Problems", "Multi-class classification: one unit per class"),
    "multilabel": QT_TRANSLATE_NOOP("Problems", "Multi-label classification: yes/no per class"),
}


def problem_setup(problem: str) -> tuple[str, str]:
    """Return ``(output_activation, loss)`` for a problem type, e.g. ``"binary"`` -> sigmoid + BCE."""
    try:
        return PROBLEMS[problem]
    except KeyError:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "Unknown problem type {name}; choose one of {choices}."),
                                name=repr(problem), choices=", ".join(PROBLEMS)) from None
