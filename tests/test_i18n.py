"""The reasons the operating system and the standard library give become phrases the GUI translates."""
import errno
import json
import socket
import zipfile
import zlib

import pytest

from nnstudio.engine import files
from nnstudio.i18n import Text, TranslatableError, why
from tests.translatable import assert_translatable


def _json_error():
    try:
        json.loads('{"a": 1,\n x}')
    except json.JSONDecodeError as exc:
        return exc


@pytest.mark.parametrize("exc, english", [
    (FileNotFoundError(errno.ENOENT, "No such file or directory", "/x"), "no such file or folder"),
    (PermissionError(errno.EACCES, "Permission denied"), "permission denied"),
    (OSError(errno.ENOSPC, "No space left on device"), "the disk is full"),
    (OSError(errno.EROFS, "Read-only file system"), "the disk is read-only"),
    (IsADirectoryError(errno.EISDIR, "Is a directory"), "it is a folder"),
    (OSError(errno.EIO, "Input/output error"), "the disk could not be read or written"),
    (ConnectionRefusedError(errno.ECONNREFUSED, "Connection refused"), "the connection was refused"),
    (socket.gaierror(-2, "Name or service not known"), "the server's name could not be looked up"),
    (_json_error(), "at line 2, column 2"),
    (zipfile.BadZipFile("File is not a zip file"), "not a valid zip archive"),
    (zlib.error("Error -3 while decompressing data: invalid stored block lengths"), "the compressed data is damaged"),
    (UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte"), "not UTF-8 text"),
    (EOFError(), "the file ends too early"),
    (MemoryError(), "not enough memory"),
])
def test_usual_failures_become_translatable_phrases(exc, english):
    reason = why(exc)
    assert isinstance(reason, Text) and str(reason) == english
    assert_translatable(reason)


def test_other_reasons_keep_their_text():
    error = TranslatableError("{n} is wrong", n=3)
    assert why(error) is error
    assert why(OSError(9999, "something odd")) == "something odd" and why(OSError()) == "OSError"
    bad_shape = ValueError("bad shape")
    assert why(bad_shape) is bad_shape and why(KeyError()) == "KeyError"


def test_a_file_error_names_the_reason_in_a_phrase_the_gui_translates(tmp_path, monkeypatch):
    path = tmp_path / "model.nnmodel"
    path.write_bytes(b"")

    def stat(p, *args, **kwargs):
        raise OSError(errno.EIO, "Input/output error", str(p))
    monkeypatch.setattr(files.os, "stat", stat)
    with pytest.raises(files.ModelFileError) as info:
        files.read_npz(path, "nnstudio-model")
    assert_translatable(info.value, "model.nnmodel")
    assert str(info.value) == "model.nnmodel: cannot be read (the disk could not be read or written)."


def test_the_placeholders_translators_see_say_what_they_hold():
    """The bulk conversion to translatable texts named values after the code that made them: "{shape2}",
    "{count2}", "{tolist}" told a translator nothing of which number stands where ("x_train has {shape} rows but
    y_train has {shape2}"); they are "{rows_x}", "{rows_y}", "{labels}" now."""
    import re
    from pathlib import Path
    from xml.etree import ElementTree

    ts = Path(__file__).resolve().parents[1] / "resources" / "translations" / "nnstudio_ko.ts"
    sources = [message.findtext("source") for message in ElementTree.parse(ts).getroot().iter("message")]
    made_up = re.compile(r"\{(\w+\d|tolist|item|astype|ravel|flatten)\}")
    odd = sorted({name for text in sources for name in made_up.findall(text)} - {"l1", "l2", "md5"})
    assert odd == []
