"""Checks shared by the session tests."""
import re

from nnstudio.i18n import Text, TranslatableError

ENGLISH_PHRASE = re.compile(r"[a-z]+ [a-z]+ [a-z]+")


def assert_translatable(error) -> None:
    """``error`` (and every TranslatableError or Text among its arguments) is a marked template whose English
    is ``str()`` of it, and no plain-text argument is an English phrase the GUI would show untranslated."""
    assert isinstance(error, (TranslatableError, Text)), f"{type(error).__name__}: {error}"
    assert error.template.format(**error.arguments) == str(error)
    for name, value in error.arguments.items():
        if isinstance(value, (TranslatableError, Text)):
            assert_translatable(value)
        elif isinstance(value, str):
            assert not ENGLISH_PHRASE.search(value), (name, value)
