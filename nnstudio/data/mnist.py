"""MNIST and Fashion-MNIST from the original gzip-compressed IDX files: find, verify, decode, download.

Layout under a data root: ``root/mnist/*.gz`` and ``root/fashion-mnist/*.gz`` (the four files each, named as
the publishers name them). Lookup order (:func:`find_data_dir`): the explicit ``path`` argument, then
``$NNSTUDIO_DATA``, the checkout's ``datasets/`` folder, and ``user_data_dir()/"datasets"`` (where
:func:`download` puts the files by default).

Every file is checked: gzip stream complete, IDX magic number (2051 images, 2049 labels), 28×28 images,
item count (60000 train / 10000 test), labels 0..9, and the publisher's MD5. Anything wrong raises
:class:`DataCorruptError` (a ValueError), a missing file :class:`DataNotFoundError` (a FileNotFoundError);
both messages name the file, say what is wrong and how to get a good copy.

Command line: ``nnstudio download mnist|fashion [--dest DIR] [--mirror URL]`` downloads the files, and
``nnstudio download mnist|fashion --check [--dest DIR]`` finds, verifies and decodes them.
"""
from __future__ import annotations

import hashlib
import http.client
import os
import tempfile
import threading
import time
import urllib.error
import urllib.request
import zlib
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from nnstudio.data.dataset import Dataset
from nnstudio.data.paths import user_data_dir
from nnstudio.i18n import QT_TRANSLATE_NOOP, Text, Translatable, TranslatableError, why

# Zalando's names; the GUI shows QCoreApplication.translate("FASHION_CLASSES", name).
FASHION_CLASSES = (QT_TRANSLATE_NOOP("FASHION_CLASSES", "T-shirt/top"),
                   QT_TRANSLATE_NOOP("FASHION_CLASSES", "Trouser"),
                   QT_TRANSLATE_NOOP("FASHION_CLASSES", "Pullover"),
                   QT_TRANSLATE_NOOP("FASHION_CLASSES", "Dress"),
                   QT_TRANSLATE_NOOP("FASHION_CLASSES", "Coat"),
                   QT_TRANSLATE_NOOP("FASHION_CLASSES", "Sandal"),
                   QT_TRANSLATE_NOOP("FASHION_CLASSES", "Shirt"),
                   QT_TRANSLATE_NOOP("FASHION_CLASSES", "Sneaker"),
                   QT_TRANSLATE_NOOP("FASHION_CLASSES", "Bag"),
                   QT_TRANSLATE_NOOP("FASHION_CLASSES", "Ankle boot"))
DIGIT_CLASSES = tuple(str(d) for d in range(10))

IMAGES_MAGIC = 2051  # 0x00000803: unsigned bytes, 3 dimensions
LABELS_MAGIC = 2049  # 0x00000801: unsigned bytes, 1 dimension
ROWS = COLS = 28

# role -> (file name, IDX magic, item count)
FILES = {
    "train_images": ("train-images-idx3-ubyte.gz", IMAGES_MAGIC, 60000),
    "train_labels": ("train-labels-idx1-ubyte.gz", LABELS_MAGIC, 60000),
    "test_images": ("t10k-images-idx3-ubyte.gz", IMAGES_MAGIC, 10000),
    "test_labels": ("t10k-labels-idx1-ubyte.gz", LABELS_MAGIC, 10000),
}


@dataclass(frozen=True)
class _Kind:
    key: str
    title: str
    folder: str
    class_names: tuple[str, ...]
    md5: dict          # file name -> MD5 the publisher gives
    size: dict         # file name -> bytes
    mirrors: tuple[str, ...]


KINDS = {
    "mnist": _Kind(
        "mnist", "MNIST", "mnist", DIGIT_CLASSES,
        md5={"train-images-idx3-ubyte.gz": "f68b3c2dcbeaaa9fbdd348bbdeb94873",
             "train-labels-idx1-ubyte.gz": "d53e105ee54ea40749a09fcbcd1e9432",
             "t10k-images-idx3-ubyte.gz": "9fb629c4189551a2d022fa330f9573f3",
             "t10k-labels-idx1-ubyte.gz": "ec29112dd5afa0611ce80d1b7f02629c"},
        size={"train-images-idx3-ubyte.gz": 9912422, "train-labels-idx1-ubyte.gz": 28881,
              "t10k-images-idx3-ubyte.gz": 1648877, "t10k-labels-idx1-ubyte.gz": 4542},
        mirrors=("https://ossci-datasets.s3.amazonaws.com/mnist/",
                 "https://storage.googleapis.com/cvdf-datasets/mnist/")),
    "fashion": _Kind(
        "fashion", "Fashion-MNIST", "fashion-mnist", FASHION_CLASSES,
        md5={"train-images-idx3-ubyte.gz": "8d4fb7e6c68d591d4c3dfef9ec88bf0d",
             "train-labels-idx1-ubyte.gz": "25c81989df183df01b3e8a0aad5dffbe",
             "t10k-images-idx3-ubyte.gz": "bef4ecab320f06d8554ea6380940ec79",
             "t10k-labels-idx1-ubyte.gz": "bb300cfdad3c16e7a12a480ee83cd310"},
        size={"train-images-idx3-ubyte.gz": 26421880, "train-labels-idx1-ubyte.gz": 29515,
              "t10k-images-idx3-ubyte.gz": 4422102, "t10k-labels-idx1-ubyte.gz": 5148},
        mirrors=("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/",
                 "https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/")),
}
MNIST_KINDS = tuple(KINDS)
# how the studio lists them; the GUI shows QCoreApplication.translate("Datasets", title)
MNIST_TITLES = {"mnist": QT_TRANSLATE_NOOP("Datasets", "MNIST digits (28×28)"),
                "fashion": QT_TRANSLATE_NOOP("Datasets", "Fashion-MNIST (28×28 clothes)")}
# The source checkout's datasets/ folder (git-ignored contents), searched after $NNSTUDIO_DATA.
CHECKOUT_DATASETS = Path(__file__).resolve().parents[2] / "datasets"

_ALIASES = {"mnist": "mnist", "digits": "mnist", "fashion": "fashion", "fashion-mnist": "fashion",
            "fashion_mnist": "fashion", "fashionmnist": "fashion"}


# -- errors ---------------------------------------------------------------------------------------------
class DataError(Translatable, Exception):
    """Base class of every data-loading problem a user can fix (a marked template with named arguments)."""


class DataNotFoundError(DataError, FileNotFoundError):
    """The dataset files are not where NN Studio looks for them."""


class DataCorruptError(DataError, ValueError):
    """A dataset file exists but is truncated, damaged or not the published file."""


class DownloadError(DataError, OSError):
    """A download failed (offline, server error, checksum mismatch, folder not writable)."""


class DownloadCancelled(DataError):
    """The user cancelled a download (progress callback returned False or the cancel event was set)."""


def _kind(kind: str) -> _Kind:
    key = _ALIASES.get(str(kind).lower())
    if key is None:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "unknown dataset {name}; choose mnist or fashion"),
                                name=repr(kind))
    return KINDS[key]


def how_to_get(kind: str = "mnist", dest: str | os.PathLike | None = None) -> Text:
    """One paragraph telling a user how to get the files (used in every error message); ``str()`` of it is the
    English, the GUI translates it. ``dest``: the folder the user gave (``--dest``, ``--data-dir``), which the
    command it suggests names too (else the download goes where that folder is not)."""
    k = _kind(kind)
    if dest is not None:
        import shlex

        root = Path(dest).expanduser()
        return Text("Errors", QT_TRANSLATE_NOOP("Errors", "To get {title} there: run `nnstudio download {key} --dest "
                                                          "{dest}`, or download the four .gz files from {mirror} into "
                                                          "{folder}."),
                    title=k.title, key=k.key, dest=shlex.quote(str(root)), mirror=k.mirrors[0],
                    folder=_kind_folder(root, k) or root / k.folder)     # where the download puts them
    return Text("Errors", QT_TRANSLATE_NOOP("Errors", "To get {title}: run `nnstudio download {key}` (saves to "
                                                      "{default}), or download the four .gz files from {mirror} "
                                                      "into a folder <root>/{folder}/ and set the environment "
                                                      "variable NNSTUDIO_DATA=<root>."),
                title=k.title, key=k.key, default=user_data_dir() / "datasets" / k.folder, mirror=k.mirrors[0],
                folder=k.folder)


def _lines(texts) -> Text | str:
    """Texts one below the other, each still translatable (the GUI translates the arguments of a Text)."""
    joined = ""
    for text in reversed(texts):
        joined = text if joined == "" else Text("Errors", QT_TRANSLATE_NOOP("Errors", "{line}\n{more}"),
                                                line=text, more=joined)
    return joined


# -- finding the files ------------------------------------------------------------------------------------
def data_roots(path: str | os.PathLike | None = None) -> list[tuple[Path, Text | str]]:
    """The places searched, in order, as (folder, where it came from: a Text whose ``str()`` is English)."""
    roots = []
    if path is not None:
        roots.append((Path(path).expanduser(), Text("Errors", QT_TRANSLATE_NOOP("Errors", "the folder you gave"))))
    if os.environ.get("NNSTUDIO_DATA"):
        roots.append((Path(os.environ["NNSTUDIO_DATA"]).expanduser(), "$NNSTUDIO_DATA"))
    roots.append((CHECKOUT_DATASETS, Text("Errors", QT_TRANSLATE_NOOP("Errors", "the checkout's datasets/ folder"))))
    roots.append((user_data_dir() / "datasets", Text("Errors", QT_TRANSLATE_NOOP("Errors", "the user data folder"))))
    return roots


def _kind_folder(root: Path, k: _Kind) -> Path | None:
    """root/<folder> if it holds any of the kind's files, or root itself if the files lie directly in it.

    MNIST and Fashion-MNIST use the same file names: a bare folder counts as this kind's only when it is
    named like it (``mnist``/``fashion-mnist``) or one of its files has this kind's published size.
    """
    folder = root / k.folder
    if any((folder / name).is_file() for name, _, _ in FILES.values()):
        return folder
    present = [root / name for name, _, _ in FILES.values() if (root / name).is_file()]
    if present and (root.name == k.folder or any(p.stat().st_size == k.size[p.name] for p in present)):
        return root
    return None


def find_data_dir(kind: str = "mnist", path: str | os.PathLike | None = None) -> Path:
    """The folder holding the kind's .gz files (at least one of them), searched in lookup order.

    An explicit ``path`` is used alone (a root holding ``mnist/``/``fashion-mnist/`` or the folder of the
    files itself). Raises DataNotFoundError listing the places searched.
    """
    k = _kind(kind)
    roots = data_roots(path)
    if path is not None:
        roots = roots[:1]
    for root, _ in roots:
        folder = _kind_folder(root, k)
        if folder is not None:
            return folder
    searched = _lines([Text("Errors", QT_TRANSLATE_NOOP("Errors", "  - {folder} ({why})"), folder=root / k.folder,
                            why=why) for root, why in roots])
    raise DataNotFoundError(QT_TRANSLATE_NOOP("Errors", "{title} files not found. Searched:\n{searched}\n{how}"),
                            title=k.title, searched=searched, how=how_to_get(k.key, path))


# -- reading and verifying ---------------------------------------------------------------------------------
def _md5(data: bytes) -> str:
    return hashlib.md5(data, usedforsecurity=False).hexdigest()


def _read_idx(file: Path, magic: int, count: int, k: _Kind, verify: bool, dest=None) -> np.ndarray:
    """Decode one gzip IDX file into uint8 (count, 28, 28) images or (count,) labels, checking everything.
    ``dest``: the data folder the user named, for the command that gets the file again."""
    name = file.name
    what = Text("Errors", QT_TRANSLATE_NOOP("Errors", "images") if magic == IMAGES_MAGIC else
                QT_TRANSLATE_NOOP("Errors", "labels"))
    fix = Text("Errors", QT_TRANSLATE_NOOP("Errors", "Delete {file} and get it again. {how}"), file=file,
               how=how_to_get(k.key, dest))

    def corrupt(template, **arguments):
        """DataCorruptError(template) about this file; every template starts with "{title} file {file}"."""
        return DataCorruptError(template, title=k.title, file=file, fix=fix, **arguments)

    if not file.is_file():
        part = {(IMAGES_MAGIC, True): QT_TRANSLATE_NOOP("Errors", "the images of the training set"),
                (IMAGES_MAGIC, False): QT_TRANSLATE_NOOP("Errors", "the images of the test set"),
                (LABELS_MAGIC, True): QT_TRANSLATE_NOOP("Errors", "the labels of the training set"),
                (LABELS_MAGIC, False): QT_TRANSLATE_NOOP("Errors", "the labels of the test set")}[magic, count == 60000]
        raise DataNotFoundError(QT_TRANSLATE_NOOP("Errors", "{title} file {file} is missing ({part}). {how}"),
                                title=k.title, file=file, part=Text("Errors", part), how=how_to_get(k.key, dest))
    expected_size = k.size[name]
    try:
        actual_size = file.stat().st_size
        # a file far larger than the published one is not it: never read gigabytes to find out
        if actual_size > 4 * expected_size + 65536:
            raise corrupt(QT_TRANSLATE_NOOP("Errors", "{title} file {file} has {size} bytes, but the published file "
                                                      "has {expected}: it is not the original file. {fix}"),
                          size=f"{actual_size:,}", expected=f"{expected_size:,}")
        raw = file.read_bytes()
    except OSError as e:
        raise DataNotFoundError(QT_TRANSLATE_NOOP("Errors", "cannot read {title} file {file}: {reason}. Check its "
                                                            "permissions. {how}"),
                                title=k.title, file=file, reason=why(e), how=how_to_get(k.key, dest)) from None
    size_note = "" if len(raw) == expected_size else Text(
        "Errors", QT_TRANSLATE_NOOP("Errors", " (it has {size} bytes, the published file {expected})"),
        size=len(raw), expected=expected_size)
    not_gzip = QT_TRANSLATE_NOOP("Errors", "{title} file {file} is not a valid gzip file ({reason}){size_note}. {fix}")
    truncated = QT_TRANSLATE_NOOP("Errors", "{title} file {file} is truncated: the gzip stream ends early{size_note} "
                                            "(an interrupted download?). {fix}")
    # gzip container (wbits 16 + 15): a truncated download stops mid-stream. The header is unpacked and checked
    # first, then exactly the bytes it announces (and one more, to notice extra data): a small file that would
    # unpack to gigabytes is refused after 16 bytes or after the announced size, never unpacked whole.
    inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)
    header_len = 16 if magic == IMAGES_MAGIC else 8
    try:
        head = inflater.decompress(raw, header_len)
    except zlib.error as e:
        raise corrupt(not_gzip, reason=why(e), size_note=size_note) from None
    if len(head) < header_len:
        if not inflater.eof:
            raise corrupt(truncated, size_note=size_note)
        raise corrupt(QT_TRANSLATE_NOOP("Errors", "{title} file {file} is too short to hold an IDX header ({size} "
                                                  "bytes unpacked). {fix}"), size=len(head))
    header = np.frombuffer(head, dtype=">u4", count=header_len // 4)
    if int(header[0]) != magic:
        hint = Text("Errors", QT_TRANSLATE_NOOP("Errors", " (that is a labels file)")) if header[0] == LABELS_MAGIC \
            else Text("Errors", QT_TRANSLATE_NOOP("Errors", " (that is an images file)")) if header[0] == IMAGES_MAGIC \
            else ""
        raise corrupt(QT_TRANSLATE_NOOP("Errors", "{title} file {file} has IDX magic number {found}{hint}, expected "
                                                  "{magic} for {what}: the file is damaged or has the wrong name. "
                                                  "{fix}"), found=int(header[0]), hint=hint, magic=magic, what=what)
    n = int(header[1])
    if n != count:
        raise corrupt(QT_TRANSLATE_NOOP("Errors", "{title} file {file} holds {n} {what}, expected {count}. {fix}"),
                      n=n, what=what, count=count)
    shape = (n,)
    if magic == IMAGES_MAGIC:
        rows, cols = int(header[2]), int(header[3])
        if (rows, cols) != (ROWS, COLS):
            raise corrupt(QT_TRANSLATE_NOOP("Errors", "{title} file {file} has {rows}×{cols} images, expected "
                                                      "{expected_rows}×{expected_cols}. {fix}"),
                          rows=rows, cols=cols, expected_rows=ROWS, expected_cols=COLS)
        shape = (n, rows, cols)
    payload = int(np.prod(shape))
    try:
        body = inflater.decompress(inflater.unconsumed_tail, payload + 1)
        while len(body) <= payload and inflater.unconsumed_tail and not inflater.eof:
            body += inflater.decompress(inflater.unconsumed_tail, payload + 1 - len(body))
    except zlib.error as e:
        raise corrupt(not_gzip, reason=why(e), size_note=size_note) from None
    if len(body) > payload:
        raise corrupt(QT_TRANSLATE_NOOP("Errors", "{title} file {file} holds more than the {payload} bytes of {what} "
                                                  "its header announces for {n} items. {fix}"),
                      payload=payload, what=what, n=n)
    if not inflater.eof:
        raise corrupt(truncated, size_note=size_note)
    if len(body) != payload:
        raise corrupt(QT_TRANSLATE_NOOP("Errors", "{title} file {file} holds {size} bytes of {what} after its header, "
                                                  "expected {payload} for {n} items. {fix}"),
                      size=len(body), what=what, payload=payload, n=n)
    array = np.frombuffer(body, dtype=np.uint8).reshape(shape)
    if magic == LABELS_MAGIC and array.max() > 9:
        raise corrupt(QT_TRANSLATE_NOOP("Errors", "{title} file {file} has label {label}; labels are 0..9. {fix}"),
                      label=int(array.max()))
    if verify:
        digest = _md5(raw)
        if digest != k.md5[name]:
            raise corrupt(QT_TRANSLATE_NOOP("Errors", "{title} file {file} has MD5 {digest}, but the published file "
                                                      "has {expected}: it is not the original file. {fix}"),
                          digest=digest, expected=k.md5[name])
    return array


def read_idx(file: str | os.PathLike, role: str, kind: str = "mnist", verify: bool = True) -> np.ndarray:
    """One gzip IDX file as uint8 (count, 28, 28) images or (count,) labels. ``role`` is "train_images",
    "train_labels", "test_images" or "test_labels" (which fixes the magic number and the count). Raises
    DataCorruptError / DataNotFoundError naming the file; never unpacks more than the header announces."""
    if role not in FILES:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "role must be one of {choices}, not {role}"),
                                choices=', '.join(FILES), role=repr(role))
    _, magic, count = FILES[role]
    k = _kind(kind)
    file = Path(file)
    if file.name not in k.size:   # (the published size and MD5 are looked up by the published name)
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "{name} is not one of the {title} files ({choices})"),
                                name=file.name, title=k.title, choices=', '.join(k.size))
    return _read_idx(file, magic, count, k, verify)


_cache: dict = {}  # (kind, folder, verify) -> (file stamps, arrays), oldest first
_CACHE_SIZE = 2     # MNIST and Fashion-MNIST side by side
_cache_lock = threading.Lock()


def _stamp(folder: Path) -> tuple:
    out = []
    for name, _, _ in FILES.values():
        try:
            st = (folder / name).stat()
            out.append((st.st_size, st.st_mtime_ns))
        except OSError:
            out.append(None)
    return tuple(out)


def clear_cache() -> None:
    """Forget the decoded arrays kept in memory (load_mnist decodes each folder once per process)."""
    with _cache_lock:
        _cache.clear()


def load_mnist(kind: str = "mnist", path: str | os.PathLike | None = None, verify: bool = True) -> Dataset:
    """MNIST (``kind="mnist"``) or Fashion-MNIST (``kind="fashion"``) as a Dataset.

    x: float32 (n, 784) in [0, 1] (pixel / 255), y: int64 (n,) labels 0..9; 60000 train, 10000 test.
    ``verify=False`` skips the MD5 check (the structural checks always run). Decoded arrays are cached in
    memory per folder (invalidated when a file changes) and returned read-only, so repeated loads are free.
    """
    k = _kind(kind)
    folder = find_data_dir(k.key, path)
    key = (k.key, str(folder.resolve()), verify)
    stamp = _stamp(folder)
    with _cache_lock:
        hit = _cache.get(key)
    if hit is not None and hit[0] == stamp:
        arrays = hit[1]
    else:
        # the root to download into again, when the user named one (a root holding mnist/, or that folder)
        dest = None if path is None else folder.parent if folder.name == k.folder else folder
        arrays = _decode_all(folder, k, verify, dest)
        with _cache_lock:
            _cache.pop(key, None)
            while len(_cache) >= _CACHE_SIZE:  # keep memory bounded: MNIST decodes to ~220 MB
                _cache.pop(next(iter(_cache)))
            _cache[key] = (stamp, arrays)
    return Dataset(name=k.key, x_train=arrays["x_train"], y_train=arrays["y_train"],
                   x_test=arrays["x_test"], y_test=arrays["y_test"], problem="multiclass",
                   n_classes=10, class_names=k.class_names, extent=None)


def _decode_all(folder: Path, k: _Kind, verify: bool, dest=None) -> dict:
    def decode(role):
        name, magic, count = FILES[role]
        raw = _read_idx(folder / name, magic, count, k, verify, dest)
        if magic == IMAGES_MAGIC:
            # one pass uint8 -> float32 in [0, 1]
            out = np.divide(raw.reshape(count, ROWS * COLS), np.float32(255), dtype=np.float32)
        else:
            out = raw.astype(np.int64)
        out.flags.writeable = False  # shared by every load from the cache
        return out

    roles = ("train_images", "train_labels", "test_images", "test_labels")
    # zlib and hashlib release the GIL: the two big image files decode in parallel.
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(decode, roles))
    x_train, y_train, x_test, y_test = results
    return {"x_train": x_train, "y_train": y_train, "x_test": x_test, "y_test": y_test}


def is_available(kind: str = "mnist", path: str | os.PathLike | None = None) -> bool:
    """True when all four files of ``kind`` exist in the folder find_data_dir picks (not verified)."""
    try:
        folder = find_data_dir(kind, path)
    except DataNotFoundError:
        return False
    return all((folder / name).is_file() for name, _, _ in FILES.values())


# -- downloading -------------------------------------------------------------------------------------------
_CHUNK = 1 << 16
STALE_PART_SECONDS = 600    # a partial download untouched this long belongs to a download that was killed


def download(kind: str = "mnist", dest: str | os.PathLike | None = None, progress=None,
             base_urls=None, cancel=None, timeout: float = 30.0, present=None) -> Path:
    """Download the four files of ``kind`` into ``dest/<folder>/`` and return that folder (into ``dest`` itself
    when the files lie there directly, as ``find_data_dir`` and ``download --check`` accept them).

    ``dest`` defaults to ``user_data_dir()/"datasets"`` (searched by load_mnist). Files already present
    with the right MD5 are kept. Each file comes from the first of ``base_urls`` (default: known mirrors)
    that delivers it with the published MD5; it is written to a temporary file and moved into place
    (os.replace), so an interrupted download never leaves a half file under the real name.
    ``progress(filename, done_bytes, total_bytes)`` is called as bytes arrive; returning False cancels. A file
    already present with the right MD5 is reported to ``present(filename)`` if given (nothing was downloaded for
    it), else to ``progress`` as done.
    ``cancel`` is an optional threading.Event: when set, the download stops. Cancelling raises
    DownloadCancelled; network and checksum failures raise DownloadError with the reason per mirror.
    """
    k = _kind(kind)
    root = Path(dest).expanduser() if dest is not None else user_data_dir() / "datasets"
    folder = _kind_folder(root, k) or root / k.folder
    mirrors = tuple(base_urls) if base_urls is not None else k.mirrors
    if not mirrors:
        raise TranslatableError(QT_TRANSLATE_NOOP("Errors", "base_urls must name at least one mirror"))
    # the folders this download creates (deepest first): a failed download removes those it left empty
    created = [p for p in (folder, *folder.parents) if not p.exists()]
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as e:
        _remove_empty(created)
        raise DownloadError(QT_TRANSLATE_NOOP("Errors", "cannot create the folder {folder}: {reason}. Choose another "
                                                        "destination."),
                            folder=folder, reason=why(e)) from None
    try:
        _download_files(k, folder, mirrors, progress, cancel, timeout, present)
    except BaseException:
        _remove_empty(created)
        raise
    with _cache_lock:
        for key in [key for key in _cache if key[1] == str(folder.resolve())]:
            del _cache[key]
    return folder


def _remove_empty(folders: list[Path]) -> None:
    """Remove ``folders`` (deepest first) where they are empty; a folder with any file in it stays."""
    for path in folders:
        try:
            path.rmdir()
        except OSError:
            return


def _remove_stale_parts(folder: Path, now: float | None = None) -> None:
    """Delete the partial files of downloads that were killed (the app closed by force, the laptop's battery):
    their ``finally`` never ran, and up to 26 MB each stayed hidden in the data folder for good. A running
    download writes its file at least every ``timeout`` seconds; one untouched for STALE_PART_SECONDS is dead."""
    now = time.time() if now is None else now
    names = tuple(f".{name}." for name, _, _ in FILES.values())
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        if not (entry.name.startswith(names) and entry.name.endswith(".part")):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and now - entry.stat().st_mtime > STALE_PART_SECONDS:
                os.unlink(entry.path)
        except OSError:
            pass


def _download_files(k: _Kind, folder: Path, mirrors, progress, cancel, timeout, present=None) -> None:
    """Fetch each file of ``k`` missing from ``folder`` (or with the wrong MD5) from the first good mirror."""
    _remove_stale_parts(folder)
    for name, _, _ in FILES.values():
        target = folder / name
        if target.is_file() and _file_md5(target) == k.md5[name]:
            if present is not None:
                present(name)
            elif progress is not None and progress(name, target.stat().st_size, target.stat().st_size) is False:
                raise DownloadCancelled(_CANCELLED, what=k.title)
            continue
        problems = []
        for base in mirrors:
            url = base if base.endswith("/") else base + "/"
            url += name
            try:
                _fetch(url, target, k.md5[name], k.size[name], progress, cancel, timeout)
                break
            except _MirrorFailed as e:
                problems.append(Text("Errors", QT_TRANSLATE_NOOP("Errors", "  - {url}: {problem}"), url=url,
                                     problem=e.problem))
            except DataError:
                raise
            except OSError as e:    # writing failed (a full disk), not the mirror: another mirror would not help
                raise DownloadError(QT_TRANSLATE_NOOP("Errors", "cannot write {name} into {folder}: {reason}. Make "
                                                                "room there ({title} takes {size} MB) and download "
                                                                "again."),
                                    name=name, folder=folder, reason=why(e), title=k.title,
                                    size=round(sum(k.size.values()) / 1e6)) from None
        else:
            raise DownloadError(QT_TRANSLATE_NOOP("Errors", "could not download {title} file {name}:\n{problems}\n"
                                                            "Check your internet connection (or proxy) and try again, "
                                                            "or copy the four files by hand into {folder} (from "
                                                            "{mirror})."),
                                title=k.title, name=name, problems=_lines(problems), folder=folder,
                                mirror=", ".join(mirrors))   # the addresses tried (it named the built-in one)


_CANCELLED = QT_TRANSLATE_NOOP("Errors", "download of {what} cancelled")


class _MirrorFailed(Exception):
    """This mirror did not deliver a good copy; try the next one. ``problem`` is a Text saying why."""

    def __init__(self, template: str, **arguments):
        self.problem = Text("Errors", template, **arguments)
        super().__init__(str(self.problem))


def _file_md5(path: Path) -> str:
    h = hashlib.md5(usedforsecurity=False)
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def _fetch(url, target: Path, md5: str, size: int, progress, cancel, timeout) -> None:
    """Stream ``url`` into a temp file next to ``target``, check the MD5, then move it into place."""
    try:
        fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".part")
    except OSError as e:
        raise DownloadError(QT_TRANSLATE_NOOP("Errors", "cannot write into {folder}: {reason}. Choose another "
                                                        "destination."),
                            folder=target.parent, reason=why(e)) from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out:
            try:
                response = urllib.request.urlopen(url, timeout=timeout)
            except urllib.error.HTTPError as e:
                raise _MirrorFailed(QT_TRANSLATE_NOOP("Errors", "server answered HTTP {code} {reason}"),
                                    code=e.code, reason=e.reason) from None
            except urllib.error.URLError as e:
                raise _MirrorFailed(_CANNOT_CONNECT, reason=why(e.reason)) from None
            except (OSError, ValueError, http.client.HTTPException) as e:
                raise _MirrorFailed(_CANNOT_CONNECT, reason=why(e)) from None
            with response:
                length = response.headers.get("Content-Length")
                total = int(length) if length and length.isdigit() else size
                h = hashlib.md5(usedforsecurity=False)
                done = 0
                if progress is not None and progress(target.name, 0, total) is False:
                    raise DownloadCancelled(_CANCELLED, what=target.name)
                while True:
                    if cancel is not None and cancel.is_set():
                        raise DownloadCancelled(_CANCELLED, what=target.name)
                    try:
                        block = response.read(_CHUNK)
                    except (OSError, ValueError, http.client.HTTPException) as e:  # timeouts, resets, short reads
                        raise _MirrorFailed(QT_TRANSLATE_NOOP("Errors", "connection lost after {done} bytes "
                                                                        "({reason})"),
                                            done=done, reason=why(e)) from None
                    if not block:
                        break
                    out.write(block)
                    h.update(block)
                    done += len(block)
                    if progress is not None and progress(target.name, done, total) is False:
                        raise DownloadCancelled(_CANCELLED, what=target.name)
        digest = h.hexdigest()
        if length and length.isdigit() and done < total:
            raise _MirrorFailed(QT_TRANSLATE_NOOP("Errors", "the connection closed after {done} of {total} bytes"),
                                done=done, total=total)
        if digest != md5:
            raise _MirrorFailed(QT_TRANSLATE_NOOP("Errors", "got {done} bytes with MD5 {digest}, expected {md5} "
                                                            "({size} bytes): not the published file"),
                                done=done, digest=digest, md5=md5, size=size)
        os.replace(tmp, target)
    finally:
        if tmp.exists():
            tmp.unlink()


_CANNOT_CONNECT = QT_TRANSLATE_NOOP("Errors", "cannot connect ({reason})")
