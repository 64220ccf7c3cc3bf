"""MNIST/Fashion-MNIST: loading, every kind of damaged file, the lookup order, and downloading.

Loading the real files needs NNSTUDIO_DATA pointing at a root holding mnist/ and fashion-mnist/ (CI sets it
to ../shared/datasets); those tests skip when it is absent. Downloads only ever talk to a local
http.server on 127.0.0.1.
"""
import functools
import gzip
import hashlib
import http.server
import os
import re
import shutil
import socket
import threading
import time
import tracemalloc
import zlib
from functools import partial
from pathlib import Path

import numpy as np
import pytest

from nnstudio.data import Dataset, load_mnist
from nnstudio.data import mnist
from nnstudio.data.mnist import (FASHION_CLASSES, DataCorruptError, DataNotFoundError, DownloadCancelled,
                                 DownloadError, download, find_data_dir)
from tests.translatable import assert_translatable

NAMES = ["train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz",
         "t10k-images-idx3-ubyte.gz", "t10k-labels-idx1-ubyte.gz"]


def _shared_root():
    root = os.environ.get("NNSTUDIO_DATA")
    if not root or not all((Path(root) / "mnist" / n).is_file() for n in NAMES):
        return None
    return Path(root).resolve()


SHARED = _shared_root()
needs_data = pytest.mark.skipif(SHARED is None, reason="set NNSTUDIO_DATA to a root holding mnist/*.gz")


@pytest.fixture(autouse=True)
def _fresh_cache():
    mnist.clear_cache()
    yield
    mnist.clear_cache()


# -- the real files ---------------------------------------------------------------------------------------
@needs_data
def test_mnist_loads_with_the_documented_shapes_and_range():
    d = load_mnist("mnist")
    assert isinstance(d, Dataset) and d.problem == "multiclass" and d.n_classes == 10
    assert d.x_train.shape == (60000, 784) and d.x_test.shape == (10000, 784)
    assert d.x_train.dtype == np.float32 and d.y_train.dtype == np.int64
    assert d.y_train.shape == (60000,) and d.y_test.shape == (10000,)
    assert d.x_train.min() == 0.0 and d.x_train.max() == 1.0
    assert d.class_names == tuple("0123456789") and d.extent is None
    # the well-known first labels and class balance of MNIST
    assert d.y_train[:8].tolist() == [5, 0, 4, 1, 9, 2, 1, 3]
    assert np.bincount(d.y_test).tolist() == [980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009]
    # pixel scaling: byte value / 255, mostly black background
    assert 0.0 < d.x_train[0].mean() < 0.3
    sample = d.x_train[:2000] * 255
    assert np.allclose(sample, np.round(sample), atol=1e-4)


@needs_data
def test_fashion_mnist_loads_with_its_class_names():
    d = load_mnist("fashion")
    assert d.x_train.shape == (60000, 784) and d.y_test.shape == (10000,)
    assert d.class_names == FASHION_CLASSES and len(FASHION_CLASSES) == 10
    assert d.y_train[:4].tolist() == [9, 0, 0, 3]  # ankle boot, T-shirt, T-shirt, dress
    assert set(np.bincount(d.y_train).tolist()) == {6000}


@needs_data
def test_repeated_loads_share_read_only_arrays():
    a = load_mnist()
    b = load_mnist("mnist", path=SHARED)
    assert b.x_train is a.x_train  # decoded once per process
    with pytest.raises(ValueError):
        a.x_train[0, 0] = 1.0  # a caller cannot corrupt the cache


# -- damaged files ------------------------------------------------------------------------------------------
def _idx_labels(n, magic=2049, labels=None):
    labels = np.arange(n, dtype=np.uint8) % 10 if labels is None else labels
    return np.array([magic, n], dtype=">u4").tobytes() + labels.astype(np.uint8).tobytes()


def _idx_images(n, rows=28, cols=28, magic=2051):
    return np.array([magic, n, rows, cols], dtype=">u4").tobytes() + bytes(n * rows * cols)


@functools.lru_cache(maxsize=None)
def _fake_files():
    return {NAMES[0]: gzip.compress(_idx_images(60000), 1), NAMES[1]: gzip.compress(_idx_labels(60000)),
            NAMES[2]: gzip.compress(_idx_images(10000), 1), NAMES[3]: gzip.compress(_idx_labels(10000))}


def _fake_root(tmp_path, kind_folder="mnist"):
    """A root whose four files are structurally valid (but not the published ones: MD5s differ)."""
    folder = tmp_path / "root" / kind_folder
    folder.mkdir(parents=True)
    for name, data in _fake_files().items():
        (folder / name).write_bytes(data)
    return folder.parent, folder


def test_structurally_valid_files_load_without_md5_check_but_fail_it(tmp_path):
    root, folder = _fake_root(tmp_path)
    d = load_mnist(path=root, verify=False)
    assert d.x_train.shape == (60000, 784) and d.y_test[:12].tolist() == [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 0, 1]
    with pytest.raises(DataCorruptError) as info:
        load_mnist(path=root)
    msg = str(info.value)
    assert NAMES[0] in msg and "MD5" in msg and "f68b3c2dcbeaaa9fbdd348bbdeb94873" in msg
    assert "nnstudio download mnist" in msg


@pytest.mark.parametrize("damage, name, expected", [
    ("wrong_magic", NAMES[1], "magic number 2051 (that is an images file), expected 2049"),
    ("truncated", NAMES[2], "is truncated"),
    ("not_gzip", NAMES[3], "not a valid gzip file"),
    ("wrong_count", NAMES[1], "holds 59999 labels, expected 60000"),
    ("short_payload", NAMES[2], "bytes of images after its header, expected 7840000"),
    ("wrong_size", NAMES[0], "has 32×32 images, expected 28×28"),
    ("bad_label", NAMES[3], "has label 12; labels are 0..9"),
    ("empty", NAMES[1], "too short to hold an IDX header"),
])
def test_each_damage_gives_a_corrupt_error_naming_the_file(tmp_path, damage, name, expected):
    root, folder = _fake_root(tmp_path)
    target = folder / name
    if damage == "wrong_magic":
        target.write_bytes(gzip.compress(_idx_labels(60000, magic=2051)))
    elif damage == "truncated":
        data = target.read_bytes()
        target.write_bytes(data[: len(data) // 2])
    elif damage == "not_gzip":
        target.write_bytes(b"<html>404 Not Found</html>")
    elif damage == "wrong_count":
        target.write_bytes(gzip.compress(_idx_labels(59999)))
    elif damage == "short_payload":
        target.write_bytes(gzip.compress(_idx_images(10000)[:-100]))
    elif damage == "wrong_size":
        target.write_bytes(gzip.compress(_idx_images(60000, 32, 32), 1))
    elif damage == "bad_label":
        target.write_bytes(gzip.compress(_idx_labels(10000, labels=np.full(10000, 12))))
    elif damage == "empty":
        target.write_bytes(gzip.compress(b"\x00\x00"))
    with pytest.raises(DataCorruptError) as info:
        load_mnist(path=root, verify=False)
    msg = str(info.value)
    assert str(target) in msg and expected in msg
    # the folder given (load_mnist(path=...), the command line's --dest and --data-dir) is where to download again
    assert "Delete" in msg and f"nnstudio download mnist --dest {root}`" in msg
    assert isinstance(info.value, ValueError)
    assert_translatable(info.value, str(target))


def test_a_missing_file_gives_not_found_naming_it(tmp_path):
    root, folder = _fake_root(tmp_path)
    (folder / NAMES[3]).unlink()
    with pytest.raises(DataNotFoundError) as info:
        load_mnist(path=root, verify=False)
    msg = str(info.value)
    assert str(folder / NAMES[3]) in msg and "missing" in msg and "nnstudio download mnist" in msg
    assert isinstance(info.value, FileNotFoundError) and isinstance(info.value, OSError)
    assert_translatable(info.value, str(folder / NAMES[3]))


def test_no_files_anywhere_lists_the_places_searched(tmp_path, monkeypatch):
    monkeypatch.setenv("NNSTUDIO_DATA", str(tmp_path / "env"))
    monkeypatch.setattr(mnist, "CHECKOUT_DATASETS", tmp_path / "checkout")
    with pytest.raises(DataNotFoundError) as info:
        load_mnist("fashion")
    msg = str(info.value)
    assert "Fashion-MNIST files not found" in msg
    assert str(tmp_path / "env" / "fashion-mnist") in msg and "$NNSTUDIO_DATA" in msg
    assert str(tmp_path / "checkout" / "fashion-mnist") in msg
    assert "user data folder" in msg and "nnstudio download fashion" in msg
    assert_translatable(info.value, str(tmp_path / "env" / "fashion-mnist"))


def test_unknown_kind():
    with pytest.raises(ValueError, match="unknown dataset 'cifar'; choose mnist or fashion"):
        load_mnist("cifar")


def test_a_changed_file_is_decoded_again(tmp_path):
    root, folder = _fake_root(tmp_path)
    a = load_mnist(path=root, verify=False)
    assert load_mnist(path=root, verify=False).x_train is a.x_train
    (folder / NAMES[3]).write_bytes(gzip.compress(_idx_labels(10000, labels=np.full(10000, 7))))
    os.utime(folder / NAMES[3], ns=(1, 1))  # a different mtime even on coarse-clock file systems
    b = load_mnist(path=root, verify=False)
    assert b.y_test[:3].tolist() == [7, 7, 7]


# -- lookup order ---------------------------------------------------------------------------------------------
def _marker_root(base: Path, name: str) -> Path:
    (base / name / "mnist").mkdir(parents=True)
    (base / name / "mnist" / NAMES[1]).write_bytes(b"")
    return base / name


def test_lookup_order_path_then_env_then_checkout_then_user_folder(tmp_path, monkeypatch):
    explicit = _marker_root(tmp_path, "explicit")
    env = _marker_root(tmp_path, "env")
    checkout = _marker_root(tmp_path, "checkout")
    user = mnist.user_data_dir() / "datasets"
    (user / "mnist").mkdir(parents=True)
    (user / "mnist" / NAMES[1]).write_bytes(b"")
    monkeypatch.setattr(mnist, "CHECKOUT_DATASETS", checkout)
    monkeypatch.setenv("NNSTUDIO_DATA", str(env))

    assert find_data_dir("mnist", explicit) == explicit / "mnist"
    assert find_data_dir("mnist", explicit / "mnist") == explicit / "mnist"  # the folder itself works too
    assert find_data_dir("mnist") == env / "mnist"
    monkeypatch.delenv("NNSTUDIO_DATA")
    assert find_data_dir("mnist") == checkout / "mnist"
    monkeypatch.setenv("NNSTUDIO_DATA", str(tmp_path / "empty"))  # set but empty: keep looking
    assert find_data_dir("mnist") == checkout / "mnist"
    monkeypatch.setattr(mnist, "CHECKOUT_DATASETS", tmp_path / "nothing")
    assert find_data_dir("mnist") == user / "mnist"
    # MNIST files lying bare in a folder are not mistaken for Fashion-MNIST (same names, other sizes)
    bare = tmp_path / "bare"
    bare.mkdir()
    (bare / NAMES[3]).write_bytes(b"x" * mnist.KINDS["mnist"].size[NAMES[3]])
    assert find_data_dir("mnist", bare) == bare
    with pytest.raises(DataNotFoundError, match="Fashion-MNIST files not found"):
        find_data_dir("fashion", bare)
    # an explicit path is used alone: a wrong path is an error, not a silent fallback
    with pytest.raises(DataNotFoundError, match="the folder you gave"):
        find_data_dir("mnist", tmp_path / "typo")


# -- download from a local server ---------------------------------------------------------------------------
class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    requests: list = []

    def log_message(self, *args):
        pass

    def do_GET(self):
        _QuietHandler.requests.append(self.path)
        if self.path.startswith("/short/"):  # announce the whole file, send half of it, hang up
            data = (Path(self.directory) / "good" / self.path.split("/")[-1]).read_bytes()
            self.send_response(200)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data[: len(data) // 2])
            self.close_connection = True
            return
        super().do_GET()


class _QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        pass  # a cancelled download closes the connection mid-file: a broken pipe here is expected


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """127.0.0.1 on an ephemeral port serving /good/ (copies of the real files), /bad/ (altered copies) and
    /first/ (the first file only)."""
    if SHARED is None:
        pytest.skip("needs the real MNIST files (NNSTUDIO_DATA) to serve")
    docroot = tmp_path_factory.mktemp("www")
    (docroot / "good").mkdir()
    (docroot / "bad").mkdir()
    (docroot / "first").mkdir()        # the first file only: the download fails at the second
    shutil.copyfile(SHARED / "mnist" / NAMES[0], docroot / "first" / NAMES[0])
    for name in NAMES:
        shutil.copyfile(SHARED / "mnist" / name, docroot / "good" / name)
        data = bytearray((SHARED / "mnist" / name).read_bytes())
        data[len(data) // 2] ^= 0xFF  # one flipped byte: same size, wrong MD5
        (docroot / "bad" / name).write_bytes(bytes(data))
    httpd = _QuietServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(docroot)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


@pytest.fixture(autouse=True)
def _no_proxy(monkeypatch):
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")
    monkeypatch.setenv("no_proxy", "127.0.0.1,localhost")


def _md5(path):
    return hashlib.md5(path.read_bytes()).hexdigest()


def test_download_fetches_verifies_and_reports_progress(server, tmp_path):
    calls = []
    folder = download("mnist", dest=tmp_path / "data", base_urls=[server + "/good/"],
                      progress=lambda name, done, total: calls.append((name, done, total)))
    assert folder == tmp_path / "data" / "mnist"
    assert sorted(p.name for p in folder.iterdir()) == sorted(NAMES)  # no temp files left behind
    for name in NAMES:
        assert _md5(folder / name) == mnist.KINDS["mnist"].md5[name]
        mine = [c for c in calls if c[0] == name]
        assert mine[-1][1] == mine[-1][2] == mnist.KINDS["mnist"].size[name]
        assert [c[1] for c in mine] == sorted(c[1] for c in mine)
    assert len([c for c in calls if c[0] == NAMES[0]]) > 10  # progress while the big file streams
    d = load_mnist(path=tmp_path / "data")
    assert d.x_train.shape == (60000, 784)

    # everything present and verified: a second call downloads nothing
    _QuietHandler.requests.clear()
    download("mnist", dest=tmp_path / "data", base_urls=[server + "/good/"])
    assert _QuietHandler.requests == []


def test_download_default_destination_is_found_by_load_mnist(server, monkeypatch, tmp_path):
    monkeypatch.delenv("NNSTUDIO_DATA", raising=False)
    monkeypatch.setattr(mnist, "CHECKOUT_DATASETS", tmp_path / "no-checkout")
    folder = download("mnist", base_urls=[server + "/good"])
    assert folder == mnist.user_data_dir() / "datasets" / "mnist"
    assert find_data_dir("mnist") == folder


def test_md5_mismatch_falls_back_to_the_next_mirror(server, tmp_path):
    folder = download("mnist", dest=tmp_path, base_urls=[server + "/bad/", server + "/good/"])
    assert _md5(folder / NAMES[0]) == mnist.KINDS["mnist"].md5[NAMES[0]]


def test_md5_mismatch_on_every_mirror_is_an_error_and_leaves_no_file(server, tmp_path):
    with pytest.raises(DownloadError) as info:
        download("mnist", dest=tmp_path, base_urls=[server + "/bad/"])
    msg = str(info.value)
    assert NAMES[0] in msg and "MD5" in msg and "not the published file" in msg
    assert f"{server}/bad/{NAMES[0]}" in msg
    assert not (tmp_path / "mnist").exists()   # no partial file, nor the folder it made
    assert_translatable(info.value, NAMES[0])
    assert_translatable(info.value.arguments["problems"], f"{server}/bad/{NAMES[0]}")   # each mirror's line


def test_missing_on_server_reports_the_http_status(server, tmp_path):
    with pytest.raises(DownloadError, match="HTTP 404"):
        download("mnist", dest=tmp_path, base_urls=[server + "/nowhere/"])


def test_a_connection_closed_mid_file_is_reported(server, tmp_path):
    with pytest.raises(DownloadError) as info:
        download("mnist", dest=tmp_path, base_urls=[server + "/short/"])
    assert "the connection closed after 4956211 of 9912422 bytes" in str(info.value)
    assert not (tmp_path / "mnist").exists()   # no partial file, nor the folder it made


def test_unreachable_server_fails_with_a_clear_message(tmp_path):
    with socket.socket() as s:  # a port that was free a moment ago: nobody listens there
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(DownloadError) as info:
        download("mnist", dest=tmp_path, base_urls=[f"http://127.0.0.1:{port}/mnist/"], timeout=5)
    msg = str(info.value)
    assert "could not download MNIST file train-images-idx3-ubyte.gz" in msg
    assert "cannot connect" in msg and "internet connection" in msg
    assert "Traceback" not in msg
    assert not (tmp_path / "mnist").exists()   # no partial file, nor the folder it made
    assert isinstance(info.value, OSError)


def test_a_failed_download_from_several_mirrors_names_those_it_tried(server, tmp_path):
    """With --mirror given twice the message ended "(from https://ossci-datasets...)", an address not tried."""
    tried = [server + "/nowhere/", server + "/neither/"]
    with pytest.raises(DownloadError) as info:
        download("mnist", dest=tmp_path, base_urls=tried)
    assert str(info.value).endswith(f"into {tmp_path / 'mnist'} (from {tried[0]}, {tried[1]}).")
    assert "ossci-datasets" not in str(info.value)


def test_a_failed_download_removes_only_the_empty_folders_it_created(server, tmp_path):
    dest = tmp_path / "new" / "datasets"
    with pytest.raises(DownloadError, match="HTTP 404") as info:
        download("mnist", dest=dest, base_urls=[server + "/nowhere/"])
    assert list(tmp_path.iterdir()) == []                  # "new", "datasets" and "mnist" were its own
    assert f"copy the four files by hand into {dest / 'mnist'}" in str(info.value)   # still says what to do
    # folders that were there before stay, with the learner's files in them
    mine = tmp_path / "mine"
    (mine / "mnist").mkdir(parents=True)
    (mine / "notes.txt").write_text("mine")
    with pytest.raises(DownloadError):
        download("mnist", dest=mine, base_urls=[server + "/nowhere/"])
    assert sorted(p.name for p in mine.iterdir()) == ["mnist", "notes.txt"] and not any((mine / "mnist").iterdir())
    # a file it did download stays for the next try, and so does its folder
    with pytest.raises(DownloadError, match=NAMES[1]):
        download("mnist", dest=tmp_path / "part", base_urls=[server + "/first/"])
    assert [p.name for p in (tmp_path / "part" / "mnist").iterdir()] == [NAMES[0]]


def test_a_full_disk_during_a_download_says_so_and_how_much_room_it_takes(server, tmp_path, monkeypatch):
    """A disk that filled up while the images streamed in gave the download dialog "the disk is full" and
    nothing else (no file, no folder, no size); and no partial file may stay behind."""
    import errno
    import os as real_os
    opened = real_os.fdopen

    class Full:
        def __init__(self, f):
            self.f, self.written = f, 0

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.f.close()

        def write(self, block):
            self.written += len(block)
            if self.written > 1_000_000:
                raise OSError(errno.ENOSPC, "No space left on device")
            return self.f.write(block)
    monkeypatch.setattr(mnist.os, "fdopen", lambda fd, mode: Full(opened(fd, mode)))
    _QuietHandler.requests.clear()
    with pytest.raises(DownloadError) as info:
        download("mnist", dest=tmp_path, base_urls=[server + "/good/", server + "/bad/"])
    assert str(info.value) == (f"cannot write {NAMES[0]} into {tmp_path / 'mnist'}: the disk is full. Make room "
                               "there (MNIST takes 12 MB) and download again.")
    assert not (tmp_path / "mnist").exists()             # no partial file, nor the folder it made
    assert not [r for r in _QuietHandler.requests if "/bad/" in r]      # (no other mirror tried: the disk is full)


def test_the_partial_files_of_a_killed_download_are_removed_by_the_next_one(server, tmp_path):
    """NN Studio closed by force in the middle of a download left its hidden partial file (up to 26 MB) in the
    data folder for good; the next download removes it, and leaves alone one that another download is writing."""
    import os as real_os
    import time
    folder = tmp_path / "mnist"
    folder.mkdir()
    dead = folder / f".{NAMES[0]}.k2x_9q7z.part"
    dead.write_bytes(b"\0" * 1000)
    hour_ago = time.time() - 3600
    real_os.utime(dead, (hour_ago, hour_ago))
    live = folder / f".{NAMES[1]}.a1b2c3d4.part"         # being written now by another window's download
    live.write_bytes(b"\0" * 10)
    mine = folder / "notes.part"                          # not ours: left alone
    mine.write_bytes(b"")
    real_os.utime(mine, (hour_ago, hour_ago))
    download("mnist", dest=tmp_path, base_urls=[server + "/good/"])
    assert not dead.exists() and live.exists() and mine.exists()
    assert sorted(p.name for p in folder.iterdir() if not p.name.endswith(".part")) == sorted(NAMES)


def test_progress_returning_false_cancels_and_leaves_no_partial_file(server, tmp_path):
    def progress(name, done, total):
        return done < 200_000

    with pytest.raises(DownloadCancelled):
        download("mnist", dest=tmp_path, base_urls=[server + "/good/"], progress=progress)
    assert not (tmp_path / "mnist").exists()   # no partial file, nor the folder it made


def test_cancel_event_stops_the_download(server, tmp_path):
    cancel = threading.Event()

    def progress(name, done, total):
        if done > 100_000:
            cancel.set()

    with pytest.raises(DownloadCancelled):
        download("mnist", dest=tmp_path, base_urls=[server + "/good/"], progress=progress, cancel=cancel)
    assert not (tmp_path / "mnist").exists()   # no partial file, nor the folder it made


# -- bounded memory: the header is read before the rest is unpacked -------------------------------------------
def _bomb(header: bytes, gigabytes: float) -> bytes:
    """A gzip stream of ``header`` and then ``gigabytes`` of zeros, a few MB on disk (no trailer: whoever
    unpacks it all finds out only at the end)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    head = packer.compress(header) + packer.flush(zlib.Z_FULL_FLUSH)
    block = packer.compress(bytes(1 << 24)) + packer.flush(zlib.Z_FULL_FLUSH)   # 16 MiB of zeros, ~16 KB
    return head + block * int(gigabytes * 64)


@pytest.mark.parametrize("header, expected, megabytes", [
    (np.array([2051, 60000, 28, 28], ">u4").tobytes(), "holds more than the 47040000 bytes of images", 160),
    (np.array([2049, 60000, 28, 28], ">u4").tobytes(), "magic number 2049 (that is a labels file)", 32),
    (np.array([2051, 2 ** 31, 28, 28], ">u4").tobytes(), "holds 2147483648 images, expected 60000", 32),
])
def test_a_small_gzip_that_would_unpack_to_gigabytes_is_refused_from_its_header(tmp_path, header, expected,
                                                                                megabytes):
    file = tmp_path / "train-images-idx3-ubyte.gz"
    file.write_bytes(_bomb(header, 3))                   # 3 GB of zeros in about 3 MB
    assert file.stat().st_size < 4 * 2 ** 20
    tracemalloc.start()
    try:
        started = time.perf_counter()
        with pytest.raises(DataCorruptError, match=re.escape(expected)):
            mnist.read_idx(file, "train_images", verify=False)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    # (at most the 47 MB the header rightly announces, and the file itself)
    assert peak < megabytes * 2 ** 20 and time.perf_counter() - started < 3.0


def test_a_file_far_larger_than_the_published_one_is_not_read(tmp_path):
    file = tmp_path / "t10k-labels-idx1-ubyte.gz"
    with open(file, "wb") as f:
        f.truncate(200 * 2 ** 20)                        # sparse: 200 MB that take no disk space
    with pytest.raises(DataCorruptError, match="has 209,715,200 bytes, but the published file has 4,542"):
        mnist.read_idx(file, "test_labels")


def test_files_lying_directly_in_the_destination_are_kept_there(server, tmp_path):
    """`nnstudio download mnist --check --dest dl` found the four files lying in dl, but `nnstudio download mnist
    --dest dl` fetched them all again into dl/mnist (offline: it failed) instead of keeping them, as the doc says
    of files already there with the right sums."""
    for name in NAMES:
        shutil.copyfile(SHARED / "mnist" / name, tmp_path / name)
    present = []
    _QuietHandler.requests.clear()
    folder = download("mnist", dest=tmp_path, base_urls=[server + "/good/"], present=present.append)
    assert folder == tmp_path == mnist.find_data_dir("mnist", tmp_path)
    assert sorted(present) == sorted(NAMES) and _QuietHandler.requests == []
    assert not (tmp_path / "mnist").exists()


@needs_data
def test_the_hint_for_a_folder_holding_some_files_names_the_folder_the_download_completes(tmp_path):
    """With two of the four files lying in PATH, the hint said to copy the files "into PATH/mnist" while
    `nnstudio download mnist --dest PATH` completes PATH itself."""
    for name in NAMES[2:]:
        shutil.copyfile(SHARED / "mnist" / name, tmp_path / name)
    hint = str(mnist.how_to_get("mnist", tmp_path))
    assert hint.endswith(f"into {tmp_path}.") and f"--dest {tmp_path}`" in hint
    assert str(mnist.how_to_get("mnist", tmp_path / "elsewhere")).endswith(f"into {tmp_path / 'elsewhere' / 'mnist'}.")
