"""Showing the Qt-free layers' texts in the user's language.

Engine, data and session code marks its texts with ``nnstudio.i18n.QT_TRANSLATE_NOOP`` and raises
translatable errors (``Translatable``); here they are translated with their fixed contexts.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from nnstudio.i18n import QT_TRANSLATE_NOOP, Text, Translatable, count, why

# how the app names the losses (the engine's names are the Keras ones)
LOSS_TITLES = {
    "mse": QT_TRANSLATE_NOOP("Losses", "mean squared error (mse)"),
    "quadratic": QT_TRANSLATE_NOOP("Losses", "quadratic cost ½‖y − a‖² (Nielsen)"),
    "binary_crossentropy": QT_TRANSLATE_NOOP("Losses", "binary cross-entropy"),
    "categorical_crossentropy": QT_TRANSLATE_NOOP("Losses", "categorical cross-entropy"),
}


def translated(value) -> str:
    """A Text, a translatable error (with its arguments translated too) or anything else as a string; another
    exception as ``why`` names it (no such file, permission denied, ... in the user's language)."""
    if isinstance(value, BaseException) and not isinstance(value, Translatable):
        value = why(value)
    if isinstance(value, (Text, Translatable)):
        arguments = {k: translated(v) for k, v in value.arguments.items()}
        return QCoreApplication.translate(value.context, value.template, None,
                                          count(value.template, value.arguments)).format(**arguments)
    return str(value)


def title(context: str, text: str) -> str:
    """An entry of a title table marked with QT_TRANSLATE_NOOP(context, text)."""
    return QCoreApplication.translate(context, text)


def loss_title(name: str) -> str:
    """The loss ``name`` (an engine name: "binary_crossentropy") as the app shows it ("binary cross-entropy")."""
    return title("Losses", LOSS_TITLES[name]) if name in LOSS_TITLES else name


def compiling_note() -> str:
    """Why the first training steps of a large network wait: numba compiles the engine's fast code (once)."""
    return QCoreApplication.translate(
        "Room", "Compiling the fast training code for this network size: a few seconds the first time on "
                "this computer, then it is reused.")
