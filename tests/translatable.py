"""The check that an error the GUI shows can be shown in Korean (shared by the engine, data and session tests)."""
import re

from nnstudio.i18n import Text, Translatable, fill

ENGLISH_PHRASE = re.compile(r"[a-z]+ [a-z]+ [a-z]+")


def assert_translatable(error, detail: str | None = None) -> None:
    """``error`` (and every Text or translatable error among its arguments) is a marked template whose English
    is ``str()`` of it; no plain-text argument is an English phrase the GUI would show untranslated; and
    ``detail`` (e.g. the file's name), when given, comes as an argument, not inside the template."""
    assert isinstance(error, (Translatable, Text)), f"{type(error).__name__}: {error}"
    if detail is not None:
        assert detail not in error.template and detail in str(error)
    assert fill(error.template, error.arguments) == str(error)
    for name, value in error.arguments.items():
        if isinstance(value, (Translatable, Text)):
            assert_translatable(value)
        elif isinstance(value, str):
            assert not ENGLISH_PHRASE.search(value), (name, value)
