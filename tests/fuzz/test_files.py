"""Fuzzing every kind of file NN Studio reads: project, model, IDX (MNIST), CSV and PNG (My digits).

For each kind: an empty file, random bytes, the real file truncated at many points, a few hundred single-byte
changes of the real file, and crafted headers. Each case must either load to the same content (or, for CSV,
which has no checksum, to a valid data set) or raise the kind's documented error — never another exception,
never a hang (an alarm per case), never more than a bounded amount of memory (tracemalloc, which sees NumPy's
allocations). Seeded: the same cases every run; the whole file runs in a few seconds.
"""
from __future__ import annotations

import contextlib
import gzip
import io
import os
import signal
import struct
import time
import tracemalloc
import zipfile
import zlib
from pathlib import Path

import numpy as np
import pytest

from nnstudio.data import load_dataset
from nnstudio.data.dataset import Dataset
from nnstudio.data.digits import MyDigitsError, load_my_digits, write_png
from nnstudio.data.mnist import DataCorruptError, read_idx
from nnstudio.data.tabular import CsvError, load_csv
from nnstudio.engine import ModelFileError, load_model
from nnstudio.engine.spec import LayerSpec, NetworkSpec
from nnstudio.session.project import Project, ProjectFileError, load_project, save_project

MiB = 1024 ** 2
CASE_SECONDS = 5          # a hang guard per case (cases take milliseconds)
CASE_MEGABYTES = 64       # the files are a few KB; crafted ones claim gigabytes
FLIPS = 300
CUTS = 80
RANDOM_FILES = 25


class Hang(Exception):
    pass


@contextlib.contextmanager
def bounded(what: str, seconds: float = CASE_SECONDS, megabytes: float = CASE_MEGABYTES):
    """Fail if the block takes longer than ``seconds`` (SIGALRM where there is one) or allocates more than
    ``megabytes`` at its peak."""
    def alarm(signum, frame):
        raise Hang(f"{what}: still running after {seconds} s")

    use_alarm = hasattr(signal, "setitimer")
    if use_alarm:
        previous = signal.signal(signal.SIGALRM, alarm)
        signal.setitimer(signal.ITIMER_REAL, seconds)
    tracemalloc.reset_peak()
    baseline = tracemalloc.get_traced_memory()[0]
    started = time.perf_counter()
    try:
        yield
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    peak = tracemalloc.get_traced_memory()[1] - baseline
    assert peak < megabytes * MiB, f"{what}: allocated {peak / MiB:.0f} MB"
    assert time.perf_counter() - started < seconds, what


@pytest.fixture(scope="module", autouse=True)
def _trace_memory():
    tracemalloc.start()
    yield
    tracemalloc.stop()


def mutations(data: bytes, seed: int):
    """(name, bytes): empty, random, truncated at many points, single-byte changes."""
    rng = np.random.default_rng(seed)
    yield "empty", b""
    for i in range(RANDOM_FILES):
        yield f"random {i}", rng.bytes(int(rng.integers(1, 4096)))
    for cut in sorted(set(np.linspace(1, len(data) - 1, CUTS).astype(int))):
        yield f"cut at {cut}", data[:cut]
    for i in range(FLIPS):
        pos = int(rng.integers(len(data)))
        changed = bytearray(data)
        changed[pos] ^= int(rng.integers(1, 256))
        yield f"byte {pos} changed", bytes(changed)


def run_cases(cases, path: Path, load, documented, same):
    """Write each case to ``path`` and load it: ``same(result)`` or a ``documented`` error. Returns counts."""
    outcomes = {"same": 0, "refused": 0}
    for name, data in cases:
        path.write_bytes(data)
        with bounded(name):
            try:
                result = load(path)
            except documented:
                outcomes["refused"] += 1
                continue
        assert same(result), f"{name}: loaded, but to other content"
        outcomes["same"] += 1
    return outcomes


# -- project files ---------------------------------------------------------------------------------------------
def _project():
    spec = NetworkSpec(2, (LayerSpec(4, "tanh"),), LayerSpec(1, "sigmoid"), "binary")
    history = {"steps": np.arange(1, 6), "step_loss": np.linspace(1, 0.5, 5), "epochs": np.array([1, 2]),
               "epoch_values": np.full((2, 4), 0.5), "counters": np.array([5, 2])}
    return Project(spec=spec, training={"optimizer": "adam", "lr": 0.01, "batch_size": 8, "seed": 3, "speed": 100},
                   dataset_choice={"key": "moons", "n": 30, "noise": 0.1, "test_fraction": 0.3},
                   dataset=load_dataset("moons", n=30, seed=1), weights=spec.build(seed=3).get_weights(),
                   history=history)


def _same_project(a: Project, b: Project) -> bool:
    if (a.spec, a.training, a.dataset_choice) != (b.spec, b.training, b.dataset_choice):
        return False
    if any(not np.array_equal(x, y) for x, y in zip(a.weights, b.weights)):
        return False
    if any(not np.array_equal(getattr(a.dataset, k), getattr(b.dataset, k))
           for k in ("x_train", "y_train", "x_test", "y_test")):
        return False
    return a.history.keys() == b.history.keys() and all(np.array_equal(a.history[k], b.history[k], equal_nan=True)
                                                        for k in a.history)


def test_fuzz_project_files(tmp_path):
    original = _project()
    data = save_project(tmp_path / "real.nnsproj", original).read_bytes()
    reference = load_project(tmp_path / "real.nnsproj")
    outcomes = run_cases(list(mutations(data, seed=1)) + list(crafted_zips(data)), tmp_path / "p.nnsproj",
                         load_project, ProjectFileError, lambda p: _same_project(p, reference))
    assert outcomes["refused"] > 200 and outcomes["same"] > 0      # (changes in e.g. zip timestamps load)


# -- model files -----------------------------------------------------------------------------------------------
def test_fuzz_model_files(tmp_path):
    spec = NetworkSpec(3, (LayerSpec(5, "relu"),), LayerSpec(3, "softmax"), "multiclass")
    model = spec.build(seed=0, optimizer="adam")
    x = np.random.default_rng(0).normal(size=(16, 3)).astype(np.float32)
    model.fit(x, np.arange(16) % 3, epochs=1, batch_size=8, verbose=0)
    model.save(tmp_path / "real.npz")
    data = (tmp_path / "real.npz").read_bytes()
    reference = load_model(tmp_path / "real.npz")

    def same(m):
        return (m.get_config() == reference.get_config()
                and all(np.array_equal(a, b) for a, b in zip(m.get_weights(), reference.get_weights()))
                and all(np.array_equal(a, b) for a, b in zip(m.optimizer.get_state().values(),
                                                             reference.optimizer.get_state().values())))

    outcomes = run_cases(list(mutations(data, seed=2)) + list(crafted_zips(data)), tmp_path / "m.npz",
                         load_model, ModelFileError, same)
    assert outcomes["refused"] > 200 and outcomes["same"] > 0


def crafted_zips(data: bytes):
    """Zip and .npy headers that claim far more than the file holds, or features we do not read."""
    central = data.index(b"PK\x01\x02")

    def patched(offset, fmt, value, start=central):
        out = bytearray(data)
        struct.pack_into(fmt, out, start + offset, value)
        return bytes(out)

    yield "central: 4 GB uncompressed", patched(24, "<I", 0xFFFFFFFF)
    yield "central: method 99", patched(10, "<H", 99)
    yield "central: encrypted", patched(8, "<H", 1)
    yield "central: version 9.9", patched(6, "<H", 99)
    yield "central: offset beyond the file", patched(42, "<I", 0x7FFFFFFF)
    yield "local: name length 65535", patched(26, "<H", 0xFFFF, start=0)
    # an array header claiming 2**40 elements
    shape = data.index(b"'shape': (") + len(b"'shape': (")
    yield "npy: shape 2**40", data[:shape] + b"1099511627776," + data[shape + 14:]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("config.npy", b"\x93NUMPY\x01\x00v\x00{'descr': '<U5000000', 'fortran_order': False, "
                                  b"'shape': (), }" + b" " * 50 + b"\n" + bytes(20_000_000))
    yield "config: 20 MB of zeros in a deflated entry", buf.getvalue()


# -- IDX (MNIST) files -----------------------------------------------------------------------------------------
def _labels_file() -> tuple[bytes, bool]:
    """The real t10k labels (checked against the publisher's MD5) when NNSTUDIO_DATA has them, else a
    structurally valid stand-in (checked without MD5)."""
    root = os.environ.get("NNSTUDIO_DATA")
    real = Path(root) / "mnist" / "t10k-labels-idx1-ubyte.gz" if root else None
    if real is not None and real.is_file():
        return real.read_bytes(), True
    labels = np.arange(10_000, dtype=np.uint8) % 10
    return gzip.compress(np.array([2049, 10_000], ">u4").tobytes() + labels.tobytes()), False


def test_fuzz_idx_files(tmp_path):
    data, verify = _labels_file()
    path = tmp_path / "t10k-labels-idx1-ubyte.gz"
    path.write_bytes(data)
    reference = read_idx(path, "test_labels", verify=verify)

    def bomb(header):
        packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
        head = packer.compress(header) + packer.flush(zlib.Z_FULL_FLUSH)
        return head + (packer.compress(bytes(1 << 24)) + packer.flush(zlib.Z_FULL_FLUSH)) * 64  # 1 GB, 1 MB

    crafted = [("count 2**31", gzip.compress(np.array([2049, 2 ** 31], ">u4").tobytes())),
               ("images magic", gzip.compress(np.array([2051, 10_000, 28, 28], ">u4").tobytes())),
               ("1 GB of zeros after a valid header", bomb(np.array([2049, 10_000], ">u4").tobytes())),
               ("1 GB of zeros after a wrong header", bomb(b"\xff" * 8)),
               ("gzip of nothing", gzip.compress(b"")),
               ("two gzip members", data + data)]
    outcomes = run_cases(list(mutations(data, seed=3)) + crafted, path,
                         lambda p: read_idx(p, "test_labels", verify=verify), DataCorruptError,
                         lambda a: np.array_equal(a, reference))
    assert outcomes["refused"] > 300


# -- CSV files -------------------------------------------------------------------------------------------------
def _valid(ds) -> bool:
    """What a loaded CSV data set must be, whatever the file held."""
    return (isinstance(ds, Dataset) and ds.n_train > 0 and ds.x_train.dtype == np.float32
            and np.isfinite(ds.x_train).all() and np.isfinite(ds.x_test).all()
            and (ds.problem == "multiclass" or np.isfinite(ds.y_train).all()))


def test_fuzz_csv_files(tmp_path):
    rng = np.random.default_rng(4)
    rows = [f"{a:.3f},{b:.3f},{'yes' if a + b > 0 else 'no'}" for a, b in rng.normal(size=(60, 2))]
    data = ("x1,x2,label\n" + "\n".join(rows) + "\n").encode()
    crafted = [("a 200,000-character field", b"x,y,l\n1,2,a\n3," + b"9" * 200_000 + b",b\n"),
               ("100,000 columns", b",".join([b"1"] * 100_000) + b"\n" + b",".join([b"2"] * 100_000) + b"\n"),
               ("nan labels", b"x,y,l\n1,2,0\n3,4,nan\n5,6,1\n"),
               ("NUL on line 3", b"x,y,l\n1,2,0\n3,\x004,1\n"),
               ("only a byte-order mark", b"\xef\xbb\xbf"),
               ("only a header", b"x,y,label\n"),
               ("an open quote", b'x,y,l\n1,2,"a\n3,4,b\n'),
               ("latin-1 text", "x;y;Größe\n1;2;groß\n3;4;klein\n".encode("latin-1")),
               ("huge numbers", b"x,y,l\n1e308,2,0\n3,4,1\n"),
               ("unicode digits", "x,y,l\n\u0661,2,0\n3,4,1\n".encode()),
               ("CR line ends", b"x,y,l\r1,2,0\r3,4,1\r")]
    outcomes = run_cases(list(mutations(data, seed=5)) + crafted, tmp_path / "data.csv", load_csv, CsvError, _valid)
    assert outcomes["refused"] > 30 and outcomes["same"] > 50     # ("same": a valid data set)


# -- PNG files in My digits -------------------------------------------------------------------------------------
def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def _png(w, h, depth=8, ctype=0, idat=b"", extra=b""):
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, depth, ctype, 0, 0, 0)) + extra
            + _chunk(b"IDAT", idat) + _chunk(b"IEND", b""))


def test_fuzz_png_files_in_my_digits(tmp_path):
    digit = np.zeros((28, 28), np.float32)
    digit[6:22, 12:16] = 1.0
    folder = tmp_path / "digits" / "1"
    folder.mkdir(parents=True)
    path = folder / "d.png"
    write_png(path, digit)
    data = path.read_bytes()
    reference = load_my_digits(tmp_path / "digits")
    crafted = [("1 x 3,000,000 pixels", _png(1, 3_000_000, idat=zlib.compress(bytes(6_000_000), 9))),
               ("2**31 - 1 square", _png(2 ** 31 - 1, 2 ** 31 - 1)),
               ("0 x 0", _png(0, 0, idat=zlib.compress(b""))),
               ("28 x 28 unpacking to 100 MB", _png(28, 28, idat=zlib.compress(bytes(100 * MiB), 9))),
               ("palette without PLTE", _png(28, 28, ctype=3, idat=zlib.compress(bytes(29 * 28)))),
               ("PLTE of 1000 bytes", _png(28, 28, ctype=3, idat=zlib.compress(bytes(29 * 28)),
                                           extra=_chunk(b"PLTE", bytes(1000)))),
               ("3-bit grey", _png(28, 28, depth=3, idat=zlib.compress(bytes(12 * 28)))),
               ("IHDR of 5 bytes", b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", b"\x00" * 5) + _chunk(b"IEND", b"")),
               ("filter type 9", _png(28, 28, idat=zlib.compress((b"\x09" + bytes(28)) * 28)))]

    def load(p):
        return load_my_digits(tmp_path / "digits")

    outcomes = run_cases(list(mutations(data, seed=6)) + crafted, path, load, MyDigitsError,
                         lambda xy: np.array_equal(xy[0], reference[0]) and np.array_equal(xy[1], reference[1]))
    assert outcomes["refused"] > 300
