"""The lecture's table (LESSONS.md §5): which output activation and loss suit which kind of problem."""
from __future__ import annotations

# problem -> (output activation, loss)
PROBLEMS: dict[str, tuple[str, str]] = {
    "regression": ("linear", "mse"),
    "binary": ("sigmoid", "binary_crossentropy"),
    "multiclass": ("softmax", "categorical_crossentropy"),
    "multilabel": ("sigmoid", "binary_crossentropy"),
}

PROBLEM_TITLES: dict[str, str] = {
    "regression": "Regression: one real value per output",
    "binary": "Binary classification: one probability",
    "multiclass": "Multi-class classification: one unit per class",
    "multilabel": "Multi-label classification: yes/no per class",
}


def problem_setup(problem: str) -> tuple[str, str]:
    """Return ``(output_activation, loss)`` for a problem type, e.g. ``"binary"`` -> sigmoid + BCE."""
    try:
        return PROBLEMS[problem]
    except KeyError:
        raise ValueError(f"Unknown problem type {problem!r}; choose one of {', '.join(PROBLEMS)}.") from None
