"""Hostile model files: zip features we do not read, bombs, NaN, wrong types, absurd sizes — each one a
ModelFileError naming the problem, refused before anything large is unpacked or allocated."""
import io
import json
import struct
import time
import tracemalloc
import zipfile

import numpy as np
import pytest

from nnstudio.engine import Dense, ModelFileError, Sequential, load_model
from nnstudio.engine.files import NotRegularFileError, SaveFolderMissingError, SaveToFolderError, write_npz
from nnstudio.i18n import Translatable, TranslatableError
from tests.translatable import assert_translatable

MiB = 1024 ** 2


@pytest.fixture
def saved(tmp_path):
    """A small trained model's file: (path, meta, arrays)."""
    model = Sequential([Dense(5, input_dim=3, activation="tanh"), Dense(2, activation="softmax")], seed=1)
    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
    x = np.random.default_rng(0).normal(size=(16, 3)).astype(np.float32)
    model.fit(x, np.arange(16) % 2, epochs=1, batch_size=8, verbose=0)
    path = tmp_path / "m.npz"
    model.save(path)
    with np.load(path, allow_pickle=False) as npz:
        meta = json.loads(str(npz["config"]))
        arrays = {k: npz[k] for k in npz.files if k != "config"}
    return path, meta, arrays


def write(path, config_text: str, arrays: dict, compression=zipfile.ZIP_STORED):
    """An npz written by hand, so that it can hold what write_npz never writes."""
    with zipfile.ZipFile(path, "w", compression=compression) as zf:
        for key, value in {"config": np.array(config_text), **arrays}.items():
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.asanyarray(value), allow_pickle=False)
            zf.writestr(key + ".npy", buf.getvalue())
    return path


def patch_zip(data: bytes, member_index: int, field: str, value: int) -> bytes:
    """Set a field of one entry in both its local header and the central directory."""
    local = {"version": (4, "<H"), "flags": (6, "<H"), "method": (8, "<H")}
    central = {"version": (6, "<H"), "flags": (8, "<H"), "method": (10, "<H")}
    out = bytearray(data)
    for sig, table in ((b"PK\x03\x04", local), (b"PK\x01\x02", central)):
        pos = -1
        for _ in range(member_index + 1):
            pos = out.index(sig, pos + 1)
        offset, fmt = table[field]
        struct.pack_into(fmt, out, pos + offset, value)
    return bytes(out)


@pytest.mark.parametrize("field, value, message", [
    ("method", 99, "compressed with zip method 99"),
    ("method", zipfile.ZIP_BZIP2, "compressed with zip method 12"),
    ("flags", 0x1, "encrypted"),
    ("version", 99, "zip feature NN Studio does not read"),
])
def test_zip_features_we_do_not_read_are_refused(saved, tmp_path, field, value, message):
    path, _, _ = saved
    bad = tmp_path / "bad.npz"
    bad.write_bytes(patch_zip(path.read_bytes(), 1, field, value))
    with pytest.raises(ModelFileError, match=f"bad.npz: .*{message}"):
        load_model(bad)


def test_a_deflate_bomb_is_refused_before_it_is_unpacked(saved, tmp_path):
    _, meta, arrays = saved
    # 64 MB of zeros in a 64 KB entry: weights of a 16-million-unit layer
    meta["layers"][0]["units"] = 16_000_000
    arrays = {**arrays, "W0": np.zeros((1, 16_000_000), np.float32), "b0": np.zeros(16_000_000, np.float32)}
    path = write(tmp_path / "bomb.npz", json.dumps(meta), arrays, zipfile.ZIP_DEFLATED)
    assert path.stat().st_size < MiB
    tracemalloc.start()
    try:
        with pytest.raises(ModelFileError, match="zip bomb"):
            load_model(path)
        assert tracemalloc.get_traced_memory()[1] < 8 * MiB
    finally:
        tracemalloc.stop()


def test_declared_layer_sizes_are_checked_against_the_memory_limit_before_loading(saved, tmp_path):
    _, meta, arrays = saved
    meta["layers"][1]["units"] = 240_000_000          # the 2.4e8 units, with small arrays
    path = write(tmp_path / "huge.npz", json.dumps(meta), arrays)
    from nnstudio.engine.memory import set_memory_limit
    set_memory_limit(512 * MiB)
    try:
        started = time.perf_counter()
        with pytest.raises(ModelFileError, match=r"huge.npz: this model needs about .* GiB of memory to open "
                                                 r"\(1,440,000,020 weights\), more than the limit of 512.0 MiB"):
            load_model(path)
        assert time.perf_counter() - started < 1.0
    finally:
        set_memory_limit(None)


def poisoned(key, index=(0,)):
    def edit(arrays):
        a = arrays[key].astype(arrays[key].dtype, copy=True)
        a[index] = np.nan
        arrays[key] = a
    return edit


@pytest.mark.parametrize("edit_meta, edit_arrays, message", [
    (None, poisoned("W0", (0, 0)), "not all finite"),
    (None, poisoned("b1"), "not all finite"),
    (None, poisoned("opt.exp_avg_sq.0", (0, 1)), "optimizer state 'exp_avg_sq.0' holds NaN"),
    (lambda m: m["layers"][0].update(input_dim=2.7), None, "input_dim 2.7 does not fit"),
    (lambda m: m["layers"][0].update(input_dim=4), None, "input_dim 4 does not fit its weights \\(input size 3\\)"),
    (lambda m: m["layers"][1].update(units=2.0), None, "invalid number of units 2.0"),
    (lambda m: m.update(seed="7"), None, "invalid seed '7'"),
    (lambda m: m.update(seed=-1), None, "invalid seed -1"),
    (lambda m: m.update(steps=-3), None, "invalid step count -3"),
    (lambda m: m.update(loss=["mse"]), None, "unknown loss"),
    (lambda m: m.update(metrics=[["accuracy"]]), None, "invalid metrics"),
    (lambda m: m["optimizer"].update(lr="0.1"), None, "lr must be a number"),
    (lambda m: m["optimizer"].update(lr=True), None, "lr must be a number"),
    (lambda m: m["optimizer"].update(amsgrad="yes"), None, "amsgrad must be True or False"),
    (lambda m: m["layers"][0].update(kernel_regularizer={"l1": 1e308, "l2": -1}), None, "L1 and L2"),
    (lambda m: m.update(layers=m["layers"] + [{"class": "Dropout", "rate": 0.1}] * 1000), None,
     "at most 1000"),
])
def test_every_field_is_checked(saved, tmp_path, edit_meta, edit_arrays, message):
    _, meta, arrays = saved
    if edit_meta:
        edit_meta(meta)
    if edit_arrays:
        edit_arrays(arrays)
    path = write(tmp_path / "bad.npz", json.dumps(meta), arrays)
    with pytest.raises(ModelFileError, match=message) as info:
        load_model(path)
    assert_translatable(info.value, "bad.npz")


def test_damaged_files_and_refused_saves_give_translatable_errors(saved, tmp_path):
    path, meta, arrays = saved
    cut = tmp_path / "cut.npz"
    cut.write_bytes(path.read_bytes()[:300])
    newer = write(tmp_path / "newer.npz", json.dumps({**meta, "version": 99}), arrays)
    junk = tmp_path / "junk.npz"
    junk.write_bytes(b"{not: a zip} " * 10)   # braces in a file's content never reach a template
    for bad in (cut, newer, junk, tmp_path / "absent.npz"):
        with pytest.raises(ModelFileError) as info:
            load_model(bad)
        assert isinstance(info.value, TranslatableError) and isinstance(info.value, ValueError)
        assert_translatable(info.value, bad.name)
    folder = tmp_path / "a folder.npz"
    folder.mkdir()
    with pytest.raises(SaveToFolderError) as info:
        write_npz(folder, {}, {})
    assert isinstance(info.value, IsADirectoryError)
    assert_translatable(info.value, "a folder.npz")
    with pytest.raises(SaveFolderMissingError) as info:
        write_npz(tmp_path / "gone" / "m.npz", {}, {})
    assert isinstance(info.value, FileNotFoundError)
    assert_translatable(info.value, "gone")
    assert issubclass(NotRegularFileError, OSError) and issubclass(NotRegularFileError, Translatable)


@pytest.mark.parametrize("replace, message", [
    (('"seed": 1', '"seed": ' + "9" * 5000), "not valid JSON.*5000 digits"),
    (('"seed": 1', '"seed": 123456789012345678901234567890123456789012'), "not valid JSON.*42 digits"),
    (('"lr": 0.001', '"lr": NaN'), "not valid JSON.*NaN is not a number JSON allows"),
    (('"lr": 0.001', '"lr": 1e999'), "not valid JSON.*too large"),
])
def test_json_numbers_python_would_choke_on_are_refused(saved, tmp_path, replace, message):
    _, meta, arrays = saved
    text = json.dumps(meta)
    assert replace[0] in text
    path = write(tmp_path / "bad.npz", text.replace(*replace), arrays)
    with pytest.raises(ModelFileError, match=message):
        load_model(path)


def test_duplicate_entries_and_non_numeric_arrays_are_refused(saved, tmp_path):
    path, meta, arrays = saved
    data = path.read_bytes()
    with zipfile.ZipFile(tmp_path / "dup.npz", "w") as zf, zipfile.ZipFile(path) as src:
        for info in src.infolist():
            zf.writestr(info.filename, src.read(info))
        with pytest.warns(UserWarning, match="Duplicate name"):
            zf.writestr("W0.npy", src.read("W0.npy"))
    with pytest.raises(ModelFileError, match="appears twice"):
        load_model(tmp_path / "dup.npz")
    path = write(tmp_path / "text.npz", json.dumps(meta), {**arrays, "W0": np.array([["a", "b"]])})
    with pytest.raises(ModelFileError, match="entry 'W0' holds text, not numbers"):
        load_model(path)
    assert data  # (the original was only read)


def test_a_flipped_byte_in_the_weights_is_caught_by_the_zip_checksum(saved, tmp_path):
    path, _, arrays = saved
    data = bytearray(path.read_bytes())
    raw = arrays["W1"].tobytes()
    pos = bytes(data).index(raw)
    data[pos + 3] ^= 0x40
    (tmp_path / "flipped.npz").write_bytes(bytes(data))
    with pytest.raises(ModelFileError, match="flipped.npz: damaged"):
        load_model(tmp_path / "flipped.npz")


def test_a_fifo_is_refused_without_blocking(tmp_path):
    import os
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this system")
    os.mkfifo(tmp_path / "pipe.npz")
    with pytest.raises(ModelFileError, match="not a regular file"):
        load_model(tmp_path / "pipe.npz")
