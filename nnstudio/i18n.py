"""Translation support that imports no Qt: marking texts for Qt's tools, and errors the GUI can translate.

Qt-free code (engine, data, session, lessons) cannot call ``QCoreApplication.translate``. It marks the texts a
user will see with ``QT_TRANSLATE_NOOP(context, text)`` — pyside6-lupdate extracts every such call into the
translation file — and the GUI translates them at display time with the same context.

Errors that reach the GUI (an impossible network, a bad file) derive from :class:`TranslatableError` (or mix in
:class:`Translatable`): the message is a marked template plus named arguments, so ``str(error)`` is the English
sentence while the app shows ``QCoreApplication.translate(error.context, error.template).format(**error.arguments)``.
"""
from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name pyside6-lupdate looks for
    """Marks ``text`` for extraction under ``context``; returns it unchanged."""
    return text


class Translatable:
    """A user-facing error's message: ``template`` (marked with QT_TRANSLATE_NOOP under ``context``) and
    ``arguments``. Mixed into exceptions that must keep another base: ``class DownloadError(Translatable,
    OSError)`` (TranslatableError is a ValueError, whose layout cannot be combined with OSError's).

    Arguments may themselves be Texts or translatable errors (a file error that says why the network inside is
    wrong): the GUI translates those too.
    """

    context = "Errors"

    def __init__(self, template: str, **arguments):
        self.template = template
        self.arguments = arguments
        super().__init__(template.format(**{k: str(v) for k, v in arguments.items()}))


class TranslatableError(Translatable, ValueError):
    """A translatable user-facing error (see Translatable) that is a ValueError."""


class Text:
    """A translatable phrase used as an argument of another text: ``Text(QT_TRANSLATE_NOOP("Network",
    "Hidden layer {n}"), n=2)``; ``str()`` gives the English, the GUI translates it with ``context``."""

    def __init__(self, context: str, template: str, **arguments):
        self.context, self.template, self.arguments = context, template, arguments

    def __str__(self) -> str:
        return self.template.format(**{k: str(v) for k, v in self.arguments.items()})

    def __eq__(self, other) -> bool:
        return isinstance(other, Text) and (self.context, self.template, self.arguments) == (
            other.context, other.template, other.arguments)

    def __hash__(self) -> int:
        return hash((self.context, self.template))

    def __repr__(self) -> str:
        return f"Text({self.context!r}, {str(self)!r})"
