"""Translation support that imports no Qt: marking texts for Qt's tools, and errors the GUI can translate.

Qt-free code (engine, data, session, lessons) cannot call ``QCoreApplication.translate``. It marks the texts a
user will see with ``QT_TRANSLATE_NOOP(context, text)`` — pyside6-lupdate extracts every such call into the
translation file — and the GUI translates them at display time with the same context.

Errors that reach the GUI (an impossible network, a bad file) derive from :class:`TranslatableError` (or mix in
:class:`Translatable`): the message is a marked template plus named arguments, so ``str(error)`` is the English
sentence while the app shows ``QCoreApplication.translate(error.context, error.template).format(**error.arguments)``.
"""
from __future__ import annotations

import re


def QT_TRANSLATE_NOOP(context: str, text: str, disambiguation=None, numerus: int = 0) -> str:  # noqa: N802
    """Marks ``text`` for extraction under ``context`` (pyside6-lupdate looks for this name); returns it unchanged.

    A text with a count is a plural message of Qt: ``%n`` stands for the count, which its Text or error gives as
    the argument ``n``, and the mark gets a number as fourth argument, ``QT_TRANSLATE_NOOP("Race", "The race is
    over after %n step(s).", None, 1)``: pyside6-lupdate 6.11 takes a text for a plural one only when a literal
    number stands there. The translations give its forms ("after 1 step", "after 2 steps")."""
    return text


def count(template: str, arguments: dict) -> int:
    """The count of a plural text (its argument ``n``), or -1, Qt's "no count", for another text."""
    return int(arguments["n"]) if "%n" in template else -1


def plural(text: str, n: int) -> str:
    """A plural text for the count ``n``: ``%n`` replaced, and the English source's "(s)" or "(es)" dropped for 1
    and kept as "s" or "es" otherwise ("after %n step(s)": "after 1 step", "after 2 steps"), the forms that
    nnstudio_en.ts gives the GUI; a translation (which has no such parentheses) only gets its count."""
    text = re.sub(r"\((e?s)\)", "" if n == 1 else r"\1", text)
    return text.replace("%n", str(n))


def fill(template: str, arguments: dict) -> str:
    """``template`` in the source's English with its arguments (str() of each); a plural text for its count."""
    if "%n" in template:
        template = plural(template, int(arguments["n"]))
    return template.format(**{k: str(v) for k, v in arguments.items()})


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
        super().__init__(fill(template, arguments))


class TranslatableError(Translatable, ValueError):
    """A translatable user-facing error (see Translatable) that is a ValueError."""


class TranslatableTypeError(Translatable, TypeError):
    """A translatable user-facing error that is a TypeError (an argument of the wrong kind)."""


class TranslatableRuntimeError(Translatable, RuntimeError):
    """A translatable user-facing error that is a RuntimeError (a call at the wrong time)."""


class Text:
    """A translatable phrase used as an argument of another text: ``Text(QT_TRANSLATE_NOOP("Network",
    "Hidden layer {n}"), n=2)``; ``str()`` gives the English, the GUI translates it with ``context``."""

    def __init__(self, context: str, template: str, **arguments):
        self.context, self.template, self.arguments = context, template, arguments

    def __str__(self) -> str:
        return fill(self.template, self.arguments)

    def __eq__(self, other) -> bool:
        return isinstance(other, Text) and (self.context, self.template, self.arguments) == (
            other.context, other.template, other.arguments)

    def __hash__(self) -> int:
        return hash((self.context, self.template))

    def __repr__(self) -> str:
        return f"Text({self.context!r}, {str(self)!r})"


# The reasons the operating system and the standard library give, as phrases the GUI translates: they fill
# "{reason}" in sentences such as "cannot be read ({reason})", where strerror's English would stand inside a
# Korean sentence.
_ERRNO_REASONS = {
    "ENOENT": QT_TRANSLATE_NOOP("Errors", "no such file or folder"),
    "EACCES": QT_TRANSLATE_NOOP("Errors", "permission denied"),
    "EPERM": QT_TRANSLATE_NOOP("Errors", "permission denied"),
    "ENOSPC": QT_TRANSLATE_NOOP("Errors", "the disk is full"),
    "EDQUOT": QT_TRANSLATE_NOOP("Errors", "the disk is full"),
    "EROFS": QT_TRANSLATE_NOOP("Errors", "the disk is read-only"),
    "EISDIR": QT_TRANSLATE_NOOP("Errors", "it is a folder"),
    "ENOTDIR": QT_TRANSLATE_NOOP("Errors", "a part of the path is not a folder"),
    "EEXIST": QT_TRANSLATE_NOOP("Errors", "it exists already"),
    "ENOTEMPTY": QT_TRANSLATE_NOOP("Errors", "the folder is not empty"),
    "EIO": QT_TRANSLATE_NOOP("Errors", "the disk could not be read or written"),
    "ENAMETOOLONG": QT_TRANSLATE_NOOP("Errors", "the name is too long"),
    "EMFILE": QT_TRANSLATE_NOOP("Errors", "too many files are open"),
    "ENFILE": QT_TRANSLATE_NOOP("Errors", "too many files are open"),
    "ETIMEDOUT": QT_TRANSLATE_NOOP("Errors", "the connection timed out"),
    "ECONNREFUSED": QT_TRANSLATE_NOOP("Errors", "the connection was refused"),
    "ECONNRESET": QT_TRANSLATE_NOOP("Errors", "the connection was broken off"),
    "ENETUNREACH": QT_TRANSLATE_NOOP("Errors", "the network cannot be reached"),
    "EHOSTUNREACH": QT_TRANSLATE_NOOP("Errors", "the network cannot be reached"),
}


def why(exc):
    """An exception as the ``{reason}`` of a translatable message: a Text the GUI translates for the usual
    operating-system and file-format failures (no such file, permission denied, disk full, not a zip archive,
    not JSON, ...); any other exception as it is (its text is English), or its type's name when it has none."""
    import errno
    import json
    import socket
    import zipfile
    import zlib

    if isinstance(exc, (Translatable, Text)):
        return exc
    if isinstance(exc, socket.gaierror):
        return Text("Errors", QT_TRANSLATE_NOOP("Errors", "the server's name could not be looked up"))
    if isinstance(exc, json.JSONDecodeError):
        return Text("Errors", QT_TRANSLATE_NOOP("Errors", "at line {line}, column {column}"),
                    line=exc.lineno, column=exc.colno)
    if isinstance(exc, zipfile.BadZipFile):
        return Text("Errors", QT_TRANSLATE_NOOP("Errors", "not a valid zip archive"))
    if isinstance(exc, zlib.error):
        return Text("Errors", QT_TRANSLATE_NOOP("Errors", "the compressed data is damaged"))
    if isinstance(exc, UnicodeDecodeError):
        return Text("Errors", QT_TRANSLATE_NOOP("Errors", "not UTF-8 text"))
    if isinstance(exc, EOFError):
        return Text("Errors", QT_TRANSLATE_NOOP("Errors", "the file ends too early"))
    if isinstance(exc, MemoryError):
        return Text("Errors", QT_TRANSLATE_NOOP("Errors", "not enough memory"))
    if isinstance(exc, KeyError) and len(exc.args) == 1 and isinstance(exc.args[0], str):
        # d["output"] of a description that has none: Python says only "'output'"
        return Text("Errors", QT_TRANSLATE_NOOP("Errors", "the entry {key} is missing"), key=repr(exc.args[0]))
    if isinstance(exc, OSError):
        phrase = _ERRNO_REASONS.get(errno.errorcode.get(exc.errno, ""))
        if phrase is not None:
            return Text("Errors", phrase)
        return exc.strerror or exc if str(exc) else type(exc).__name__
    return exc if str(exc) else type(exc).__name__


def bad_settings(func, config: dict, exc: BaseException):
    """Why ``func(**config)`` raised ``exc`` (a TypeError), as the ``{reason}`` of a translatable message: the
    setting ``func`` does not take, with those it does, or the one it needs and was not given. Python's own text
    ("__init__() got an unexpected keyword argument 'alpah'") stood in English inside a Korean sentence and named
    a method the learner never wrote. Other failures: ``why(exc)``."""
    import inspect

    if isinstance(exc, Translatable):       # the maker said it already (the optimizers name their settings)
        return exc
    try:
        parameters = inspect.signature(func).parameters.values()
    except (TypeError, ValueError):
        return why(exc)
    named = [p for p in parameters if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY)]
    allowed = [p.name for p in named]
    unknown = [key for key in config if key not in allowed]
    if unknown and not any(p.kind == p.VAR_KEYWORD for p in parameters):
        names = ", ".join(repr(key) for key in unknown)
        if not allowed:
            return Text("Errors", QT_TRANSLATE_NOOP("Errors", "it takes no settings; leave out {names}"),
                        names=names)
        return Text("Errors", QT_TRANSLATE_NOOP("Errors", "it has no setting {names}; its settings are {allowed}"),
                    names=names, allowed=", ".join(allowed))
    missing = [p.name for p in named if p.default is p.empty and p.name not in config]
    if missing:
        return Text("Errors", QT_TRANSLATE_NOOP("Errors", "it needs the setting {names}"),
                    names=", ".join(repr(name) for name in missing))
    return why(exc)
