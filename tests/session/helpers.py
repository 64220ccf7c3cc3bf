"""Checks shared by the session tests."""
import json
import re

import numpy as np

from nnstudio.engine.files import write_npz
from nnstudio.i18n import Text, TranslatableError
from nnstudio.session.project import save_project

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


def rewrite_project(path, project, edit_meta=None, edit_arrays=None):
    """Save ``project`` at ``path``, then write the file again with its JSON and arrays edited (a damaged file)."""
    path = save_project(path, project)
    with np.load(path, allow_pickle=False) as npz:
        meta = json.loads(str(npz["config"]))
        arrays = {k: npz[k] for k in npz.files if k != "config"}
    if edit_meta:
        edit_meta(meta)
    if edit_arrays:
        edit_arrays(arrays)
    write_npz(path, meta, arrays)
    return path
