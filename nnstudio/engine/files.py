"""Files NN Studio writes and reads: safe replacement of a file, and the .npz container of model and project files.

The container is a NumPy .npz archive holding plain arrays plus ``config``, a 0-d text array with JSON metadata
(``format``, ``version``, ...). ``read_npz`` checks every entry's header, size and compression before unpacking
and never loads a pickled object, so a wrong, truncated or hostile file raises :class:`ModelFileError` naming the
problem and nothing in a file can execute code. ``write_npz`` and ``write_file_atomically`` never leave a
half-written file behind: they write beside the target and replace it in one step.
"""
from __future__ import annotations

import json
import math
import os
import re
import stat
import tempfile
import time
import zipfile
import zlib
from pathlib import Path

import numpy as np

from nnstudio.engine.memory import MemoryLimitError, format_bytes, memory_limit
from nnstudio.i18n import QT_TRANSLATE_NOOP, Text, Translatable, TranslatableError, why

CONFIG_KEY = "config"
# Refuse files whose arrays would unpack to more than this (or than the memory limit, if smaller).
MAX_UNCOMPRESSED_BYTES = 2 * 1024**3
MAX_CONFIG_CHARS = 10_000_000
MAX_JSON_DIGITS = 40             # integers in a configuration: a seed or a step count, never longer
# A deflated entry may unpack to at most this many times its stored size (beyond the first MiB): real arrays of
# floats hardly compress, while a "zip bomb" unpacks a few MB into gigabytes.
MAX_COMPRESSION_RATIO = 200
# Temporary files of a save: ".<name>.nnstudio-<pid>-<random>.tmp" next to the file (older versions wrote
# ".<name>.<random>.tmp"). One left by a killed save is removed by the next save of the same file once its
# process is gone or it is older than this.
STALE_TEMP_SECONDS = 15 * 60


class ModelFileError(TranslatableError):
    """A model (or project) file cannot be read: the message says which file and what is wrong."""


class NotRegularFileError(Translatable, OSError):
    """A save would replace something that is not a regular file (a FIFO, a device, a socket)."""


class SaveToFolderError(Translatable, IsADirectoryError):
    """A save names a folder instead of a file."""


class SaveFolderMissingError(Translatable, FileNotFoundError):
    """A save names a file in a folder that does not exist."""


# -- safe replacement of a file ------------------------------------------------------------------------------
def _save_target(path: Path) -> tuple[Path, os.stat_result | None]:
    """Where a save to ``path`` writes: through every symbolic link to the file it names; and that file's
    status (None if it does not exist yet). Refuses folders and anything that is not a regular file."""
    real = Path(os.path.realpath(path))
    try:
        st = os.stat(real)
    except FileNotFoundError:
        st = None
    if st is not None and stat.S_ISDIR(st.st_mode):
        raise SaveToFolderError(QT_TRANSLATE_NOOP("Errors", "Cannot save to {path}: it is a folder; give a file name "
                                                            "such as {example}."),
                                path=path, example=Path(path) / "model.npz")
    if st is not None and not stat.S_ISREG(st.st_mode):
        kind = (QT_TRANSLATE_NOOP("Errors", "a named pipe (FIFO)") if stat.S_ISFIFO(st.st_mode) else
                QT_TRANSLATE_NOOP("Errors", "a device") if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else
                QT_TRANSLATE_NOOP("Errors", "a socket") if stat.S_ISSOCK(st.st_mode) else
                QT_TRANSLATE_NOOP("Errors", "not a regular file"))
        raise NotRegularFileError(QT_TRANSLATE_NOOP("Errors", "Cannot save to {path}: it is {kind}, not a regular "
                                                              "file; choose another file name."),
                                  path=path, kind=Text("Errors", kind))
    folder = real.parent
    if not folder.is_dir():
        raise SaveFolderMissingError(QT_TRANSLATE_NOOP("Errors", "Cannot save {path}: the folder {folder} does not "
                                                                 "exist."), path=path, folder=folder)
    return real, st


_TEMP_NAME = re.compile(r"\.(?P<name>.+)\.(?:nnstudio-(?P<pid>[0-9]+)-)?[a-z0-9_]{8}\.tmp")


def _temp_prefix(name: str) -> str:
    return f".{name[:180]}.nnstudio-{os.getpid()}-"


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":  # (os.kill(pid, 0) would send Ctrl+C on Windows): trust the age alone
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True   # exists, owned by someone else
    return True


def remove_stale_temp_files(path, now: float | None = None) -> list[Path]:
    """Delete the temporary files a killed save of ``path`` left next to it: only our own name pattern for this
    very file, only regular files we own, and only when their process is gone or they are older than
    STALE_TEMP_SECONDS. Returns what was removed."""
    real = Path(os.path.realpath(path))
    now = time.time() if now is None else now
    removed = []
    try:
        entries = list(os.scandir(real.parent))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP_NAME.fullmatch(entry.name)
        if not match or match["name"] != real.name[:180]:
            continue
        try:
            st = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        if not stat.S_ISREG(st.st_mode) or (hasattr(os, "getuid") and st.st_uid != os.getuid()):
            continue
        old = now - st.st_mtime > STALE_TEMP_SECONDS
        orphan = match["pid"] is not None and not _process_alive(int(match["pid"]))
        if old or orphan:
            try:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
            except OSError:
                pass
    return removed


def write_file_atomically(path, write) -> Path:
    """Replace the file at ``path`` with what ``write(binary_file)`` writes, never leaving half a file.

    The data goes into a temporary file in the same folder, is flushed to disk, then moved over the old file
    (``os.replace``): a crash or a kill at any moment leaves either the old or the new file. A symbolic link is
    saved through (its target is replaced; the link stays); a file with several hard links is rewritten in place
    from the finished temporary file so that every link sees the new content; the old file's permissions (and,
    where allowed, its owner) are kept. Folders, FIFOs, devices and sockets are refused (IsADirectoryError,
    NotRegularFileError). Stale temporary files of earlier, killed saves of this file are removed. Returns the
    path of the file written (the link's target for a link).
    """
    real, st = _save_target(Path(path))
    fd, tmp = tempfile.mkstemp(prefix=_temp_prefix(real.name), suffix=".tmp", dir=real.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            write(f)
            f.flush()
            os.fsync(f.fileno())
        if st is not None:
            os.chmod(tmp, stat.S_IMODE(st.st_mode))
            if hasattr(os, "chown") and (st.st_uid, st.st_gid) != (os.stat(tmp).st_uid, os.stat(tmp).st_gid):
                try:
                    os.chown(tmp, st.st_uid, st.st_gid)
                except OSError:
                    pass  # only root may give a file away; the file is then ours, as any new file would be
        else:
            # mkstemp makes the file private (0600); give it the mode a plain open() would (0666 less umask)
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp, 0o666 & ~umask)
        if st is not None and st.st_nlink > 1:
            _copy_into(tmp, real)
            os.unlink(tmp)
        else:
            os.replace(tmp, real)
            _sync_folder(real.parent)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    remove_stale_temp_files(real)
    return real


def _copy_into(source: str, target: Path) -> None:
    """Overwrite ``target`` in place (same inode: its other hard links see the change) with ``source``."""
    with open(source, "rb") as src, open(target, "r+b") as dst:
        while True:
            block = src.read(1 << 20)
            if not block:
                break
            dst.write(block)
        dst.truncate()
        dst.flush()
        os.fsync(dst.fileno())


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); where folders cannot be opened this is skipped."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# -- generic npz container -----------------------------------------------------------------------------------
def write_npz(path, meta: dict, arrays: dict[str, np.ndarray]) -> None:
    """Write ``arrays`` plus ``meta`` (JSON-able; stored as the 0-d str array "config") to ``path`` safely:
    see ``write_file_atomically`` (a crash never leaves half a file; links, permissions are kept)."""
    if CONFIG_KEY in arrays:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "'{CONFIG_KEY}' is reserved for the JSON configuration."),
                                CONFIG_KEY=CONFIG_KEY)
    text = json.dumps(meta, allow_nan=False)
    payload = {CONFIG_KEY: np.array(text)}
    for key, value in arrays.items():
        value = np.asarray(value)
        if value.dtype.hasobject:
            raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "Array {key} holds Python objects; only numeric "
                                                                "arrays can be saved."), key=repr(key))
        payload[key] = value
    write_file_atomically(path, lambda f: np.savez(f, **payload))


def read_npz(path, expected_format: str, max_version: int | None = None,
             check=None) -> tuple[dict, dict[str, np.ndarray]]:
    """Read a file written by ``write_npz``: returns (meta, arrays). Raises ModelFileError for anything else.

    Before any array is unpacked it checks that the file is a zip of .npy arrays (stored or deflated, not
    encrypted, nothing pickled, nothing unpacking to more than it could hold or to more than the memory limit),
    that "config" is JSON with ``format == expected_format`` and an integer ``version`` (<= ``max_version``
    when given), and calls ``check(meta, declared)`` with ``declared = {key: (shape, dtype)}`` of every array:
    the caller refuses there what it can tell from the description alone (e.g. a network too large to build).
    """
    path = Path(path)
    name = path.name
    try:
        st = os.stat(path)
    except FileNotFoundError:
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: file not found ({path})."),
                             name=name, path=path) from None
    except OSError as exc:
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: cannot be read ({reason})."),
                             name=name, reason=why(exc)) from None
    if stat.S_ISDIR(st.st_mode):
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: is a folder, not a file."), name=name)
    if not stat.S_ISREG(st.st_mode):   # opening a FIFO would wait forever for a writer
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: is not a regular file (a pipe or a device?)."),
                             name=name)
    try:
        with zipfile.ZipFile(path) as zf:
            infos = _check_members(zf.infolist(), name)
            declared = {key: _read_header(zf, info, name) for key, info in infos.items()}
            total = sum(info.file_size for info in infos.values())
            limit = min(MAX_UNCOMPRESSED_BYTES, memory_limit())
            if total > limit:
                raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: the arrays would unpack to {size}, more "
                                                                 "than the limit of {limit}; refusing to load a file "
                                                                 "this large."),
                                     name=name, size=format_bytes(total), limit=format_bytes(limit))
            if CONFIG_KEY not in infos:
                raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: no '{key}' entry; not an {format} file."),
                                     name=name, key=CONFIG_KEY, format=format_name(expected_format))
            text = next((key for key, (_, dtype) in declared.items() if dtype.kind == "U" and key != CONFIG_KEY),
                        None)
            if text is not None:
                raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: entry {entry} holds text, not numbers."),
                                     name=name, entry=repr(text))
            shape, dtype = declared[CONFIG_KEY]
            if shape != () or dtype.kind != "U":
                raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: '{key}' must be a text entry."),
                                     name=name, key=CONFIG_KEY)
            if dtype.itemsize // 4 > MAX_CONFIG_CHARS:
                raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: the configuration text is implausibly "
                                                                 "large."), name=name)
            meta = _parse_config(str(_read_array(zf, infos[CONFIG_KEY], name)), name, expected_format,
                                 max_version)
            if check is not None:
                try:
                    check(meta, {k: v for k, v in declared.items() if k != CONFIG_KEY})
                except Exception as exc:  # the caller's own error (e.g. ProjectFileError) reaches it unchanged
                    raise _Refused(exc) from None
            arrays = {key: _read_array(zf, info, name) for key, info in infos.items() if key != CONFIG_KEY}
    except ModelFileError:
        raise
    except _Refused as refused:
        raise refused.error from None
    except MemoryLimitError as exc:
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: {error}"), name=name, error=exc) from None
    except PermissionError:
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: permission denied; check the file's access "
                                                         "rights."), name=name) from None
    except zipfile.BadZipFile as exc:
        if "not a zip file" in str(exc).lower():
            raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: not an {format} file (not a zip/npz archive; "
                                                             "the file may be truncated or of another kind)."),
                                 name=name, format=format_name(expected_format)) from None
        raise ModelFileError(_DAMAGED, name=name, reason=why(exc)) from None
    except (NotImplementedError, RuntimeError) as exc:
        # zipfile's answers to features it does not read (a newer zip version, encryption, other methods)
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: uses a zip feature NN Studio does not read "
                                                         "({reason}); it was not written by NN Studio."),
                             name=name, reason=why(exc)) from None
    except (OSError, EOFError, ValueError, KeyError, zlib.error, MemoryError, OverflowError) as exc:
        raise ModelFileError(_DAMAGED, name=name, reason=why(exc)) from None
    return meta, arrays


# the reason in parentheses is zipfile's, zlib's or NumPy's own (English) description of the damage
_DAMAGED = QT_TRANSLATE_NOOP("Errors", "{name}: damaged or truncated file ({reason}).")


class _Refused(Exception):
    """Carries an error of ``read_npz``'s ``check`` past the handlers that describe damaged files."""

    def __init__(self, error: Exception):
        super().__init__(error)
        self.error = error


def _check_members(infos: list[zipfile.ZipInfo], name: str) -> dict[str, zipfile.ZipInfo]:
    """Entry name -> ZipInfo after checking each entry can be read safely (without unpacking anything)."""
    members: dict[str, zipfile.ZipInfo] = {}
    for info in infos:
        entry = info.filename
        if not entry.endswith(".npy"):
            raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: unexpected entry {entry} (not a NumPy "
                                                             "array)."), name=name, entry=repr(entry))
        key = entry[:-4]
        if key in members:
            raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: the entry {entry} appears twice; the file is "
                                                             "damaged."), name=name, entry=repr(entry))
        if info.flag_bits & 0x1:
            raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: the entry {entry} is encrypted; NN Studio "
                                                             "never writes encrypted files."),
                                 name=name, entry=repr(entry))
        if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: the entry {entry} is compressed with zip "
                                                             "method {method}; NN Studio reads only stored or "
                                                             "deflated entries."),
                                 name=name, entry=repr(entry), method=info.compress_type)
        if info.compress_type == zipfile.ZIP_DEFLATED and \
                info.file_size > MAX_COMPRESSION_RATIO * info.compress_size + 2**20:
            raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: the entry {entry} would unpack {stored} into "
                                                             "{size}; refusing what looks like a zip bomb."),
                                 name=name, entry=repr(entry), stored=format_bytes(info.compress_size),
                                 size=format_bytes(info.file_size))
        members[key] = info
    return members


def _read_header(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> tuple[tuple[int, ...], np.dtype]:
    """One array's (shape, dtype) from its header only: refuses pickled objects, non-numeric types and shapes
    that need more bytes than stored (a hostile header could otherwise make NumPy allocate terabytes)."""
    entry = info.filename[:-4]
    with zf.open(info) as member:
        try:
            version = np.lib.format.read_magic(member)
            if version == (1, 0):
                shape, _, dtype = np.lib.format.read_array_header_1_0(member)
            else:
                shape, _, dtype = np.lib.format.read_array_header_2_0(member)
        except (ValueError, EOFError, OSError, SyntaxError, TypeError) as exc:
            raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: entry {entry} is not a valid NumPy array "
                                                             "({reason})."),
                                 name=name, entry=repr(entry), reason=why(exc)) from None
    if dtype.hasobject:
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: entry {entry} contains pickled Python objects, "
                                                         "which are never loaded (they could run code)."),
                             name=name, entry=repr(entry))
    if dtype.kind not in "biufU" or dtype.fields is not None or dtype.subdtype is not None:
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: entry {entry} holds values of type {dtype}, not "
                                                         "numbers."), name=name, entry=repr(entry), dtype=dtype)
    nbytes = dtype.itemsize
    for dim in shape:
        nbytes *= dim
    if nbytes > info.file_size:
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: entry {entry} claims shape {shape} ({claimed} "
                                                         "bytes) but holds only {stored} bytes; the file is damaged "
                                                         "or truncated."),
                             name=name, entry=repr(entry), shape=shape, claimed=f"{nbytes:,}",
                             stored=f"{info.file_size:,}")
    return tuple(int(d) for d in shape), dtype


def _read_array(zf: zipfile.ZipFile, info: zipfile.ZipInfo, name: str) -> np.ndarray:
    """One entry's array, read to its end so that the zip's CRC check runs (a flipped byte is caught)."""
    with zf.open(info) as member:
        array = np.lib.format.read_array(member, allow_pickle=False)
        if member.read(1):
            raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: entry {entry} has data after its array; the "
                                                             "file is damaged."),
                                 name=name, entry=repr(info.filename[:-4]))
    return array


def _refuse_constant(text):
    raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "{text} is not a number JSON allows"), text=text)


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > MAX_JSON_DIGITS:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "an integer of {count} digits"),
                                count=len(text.lstrip('-')))
    return int(text)


def _parse_float(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "the number {text} is too large"), text=text[:20])
    return value


# what a learner calls the files of each format tag ("not an NN Studio model file", not "not an nnstudio-model file")
_FORMAT_NAMES = {"nnstudio-model": QT_TRANSLATE_NOOP("Errors", "NN Studio model"),
                 "nnstudio-project": QT_TRANSLATE_NOOP("Errors", "NN Studio project")}


def format_name(tag: str) -> Text | str:
    """The kind of file the format ``tag`` stands for, in words (translated in the GUI); an unknown tag as it is."""
    return Text("Errors", _FORMAT_NAMES[tag]) if tag in _FORMAT_NAMES else tag


def _parse_config(text: str, name: str, expected_format: str, max_version: int | None) -> dict:
    """The JSON configuration: NaN, Infinity, numbers beyond float range and integers of more than
    MAX_JSON_DIGITS digits are refused (no field of ours needs them; Python would choke on 4,300 digits)."""
    if len(text) > MAX_CONFIG_CHARS:
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: the configuration text is implausibly large."),
                             name=name)
    try:
        meta = json.loads(text, parse_constant=_refuse_constant, parse_int=_parse_int, parse_float=_parse_float)
    except (ValueError, RecursionError) as exc:   # (json.JSONDecodeError is a ValueError)
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: the configuration is not valid JSON "
                                                         "({reason})."), name=name, reason=why(exc)) from None
    if not isinstance(meta, dict):
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: the configuration must be a JSON object."),
                             name=name)
    fmt = meta.get("format")
    if fmt != expected_format:
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: format is {found}, expected {expected}."),
                             name=name, found=repr(fmt), expected=repr(expected_format))
    version = meta.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: missing or invalid format version {version}."),
                             name=name, version=repr(version))
    if max_version is not None and version > max_version:
        raise ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: written by a newer NN Studio (format version "
                                                         "{version}; this version reads up to {max_version}). "
                                                         "Update NN Studio to open it."),
                             name=name, version=version, max_version=max_version)
    return meta
