"""The language of the ``nnstudio`` command: English, or Korean from the app's own translation file.

The command's texts are marked like the app's (``translate("cli", text)``, found by pyside6-lupdate) and their
Korean lives in ``resources/translations/nnstudio_ko.qm``, read by a ``QTranslator`` — which needs no
``QCoreApplication``, so the desktop app can still create its own later. Qt's QtCore is imported only when
the language is not English: English ``--help`` stays as quick as before and loads neither Qt nor NumPy.

Which language: ``nnstudio --lang ko|en`` (before the command), then NNSTUDIO_LANG, then the locale
(LC_ALL, LC_MESSAGES, LANG), as the app does. argparse's own words ("usage:", "options", its error messages)
come from gettext; while the command's parser runs in Korean they are looked up in the same file (context
"argparse").
"""
from __future__ import annotations

import argparse
import contextlib
import os
import unicodedata

from nnstudio.i18n import QT_TRANSLATE_NOOP, Text, Translatable, count, plural, why

LANGUAGES = ("en", "ko")
ENV = "NNSTUDIO_LANG"

_translator = None      # a QTranslator holding the Korean texts, or None: English
_language = "en"


def requested_language(argv: list[str] | None = None) -> str:
    """"en" or "ko": ``--lang`` among the options before the command, NNSTUDIO_LANG, else the locale."""
    for i, arg in enumerate(argv or ()):
        if not arg.startswith("-"):
            break                                  # the command: its own --lang is the export's language
        value = arg.partition("=")[2] if arg.startswith("--lang=") else (
            argv[i + 1] if arg == "--lang" and i + 1 < len(argv) else None)
        if value in LANGUAGES:
            return value
    env = os.environ.get(ENV, "").strip().lower()
    if env in LANGUAGES:
        return env
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):   # the first one set decides, as in the C library
        value = os.environ.get(variable, "")
        if value:
            return "ko" if value.lower().startswith("ko") else "en"
    return "en"


def use_language(code: str) -> str:
    """Print and parse in ``code`` from now on; returns the language in use (English when the Korean file or
    Qt is missing: the command then still works, in English)."""
    global _translator, _language
    _translator, _language = None, "en"
    if code == "en" or code not in LANGUAGES:
        return _language
    try:
        from PySide6.QtCore import QTranslator
    except ImportError:
        return _language
    from nnstudio.data.paths import resources_dir

    translator = QTranslator()
    if translator.load(str(resources_dir() / "translations" / f"nnstudio_{code}.qm")):
        _translator, _language = translator, code
    return _language


def language() -> str:
    return _language


def translate(context: str, text: str, n: int = -1) -> str:
    """``text`` (marked under ``context``) in the current language; a plural text (``%n``) for the count ``n``
    ("after 1 step", "after 2 steps")."""
    if _translator is not None:
        text = _translator.translate(context, text, None, n) or text
    return plural(text, n) if n >= 0 else text


def translated(value) -> str:
    """A Text or translatable error of the engine, data or session (their arguments too), another exception as
    ``why`` names it (no such file, permission denied, ...), or str(value)."""
    if isinstance(value, BaseException) and not isinstance(value, Translatable):
        value = why(value)
    if isinstance(value, (Text, Translatable)):
        arguments = {k: translated(v) for k, v in value.arguments.items()}
        return translate(value.context, value.template, count(value.template, value.arguments)).format(**arguments)
    return str(value)


def width(text: str) -> int:
    """Columns ``text`` takes in a terminal: Hangul and other wide characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrap(text: str, columns: int) -> list[str]:
    """``text`` broken at spaces into lines of at most ``columns`` terminal columns (a longer word stays whole);
    textwrap counts characters, which makes Korean lines twice too wide."""
    lines, line = [], ""
    for word in text.split():
        if line and width(line) + 1 + width(word) > columns:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return lines + [line] if line else lines


class HelpFormatter(argparse.HelpFormatter):
    """argparse's help layout, with lines wrapped by terminal columns (see ``wrap``)."""

    def _split_lines(self, text, columns):
        return wrap(text, columns)

    def _fill_text(self, text, columns, indent):
        return "\n".join(indent + line for line in wrap(text, columns - len(indent)))


# argparse's gettext texts that a user of ``nnstudio`` meets (Python 3.10-3.13 spell them so)
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
)


@contextlib.contextmanager
def argparse_language():
    """While inside, argparse's own texts come in the current language (argparse reads its module's ``_`` and
    ``ngettext`` at each use); outside, argparse is as Python ships it."""
    if _translator is None:
        yield
        return
    saved = argparse._, argparse.ngettext
    argparse._ = lambda text: translate("argparse", text)
    argparse.ngettext = lambda singular, plural, n: translate("argparse", singular if n == 1 else plural)
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved
