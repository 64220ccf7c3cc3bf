"""Helpers shared by the session tests."""
import json

import numpy as np

from nnstudio.engine.files import write_npz
from nnstudio.session.project import save_project


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
