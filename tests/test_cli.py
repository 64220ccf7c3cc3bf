"""The ``nnstudio`` command line, run as a user runs it: ``python -m nnstudio ...`` in a subprocess."""
from __future__ import annotations

import functools
import http.server
import io
import json
import math
import re
import os
import shutil
import signal
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

import nnstudio
from nnstudio.cli import ProgressBar

EPOCH_KEYS = {"epoch", "loss", "accuracy", "val_loss", "val_accuracy", "seconds", "samples_per_second"}
MNIST_FILES = ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz",
               "t10k-labels-idx1-ubyte.gz")


def run(*args, env=None, drop=(), timeout=120):
    """``python -m nnstudio *args``; ``env`` adds variables, ``drop`` removes them."""
    full = {k: v for k, v in os.environ.items() if k not in drop}
    full.update(env or {})
    return subprocess.run([sys.executable, "-m", "nnstudio", *map(str, args)], capture_output=True, text=True,
                          env=full, timeout=timeout)


def assert_one_line_error(proc, *fragments):
    assert proc.returncode == 2, proc.stderr
    assert proc.stdout == ""
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1, proc.stderr
    for fragment in fragments:
        assert fragment in lines[0]


# -- help, version, GUI launch -------------------------------------------------------------------------------
def test_help_lists_the_commands():
    proc = run("--help")
    assert proc.returncode == 0
    for command in ("train", "race", "download", "gui", "export"):
        assert command in proc.stdout
    train = run("train", "--help")
    assert train.returncode == 0
    for option in ("--dataset", "--layers", "--activation", "--optimizer", "--lr", "--epochs", "--batch-size",
                   "--seed", "--save", "--loss", "--dtype", "--data-dir", "--json"):
        assert option in train.stdout



@pytest.mark.parametrize("args", [("train", "--dataset", "xor", "--epochs", "2", "--quiet"),
                                  ("race", "--dataset", "xor", "--steps", "50"),
                                  ("race", "--surface", "bowl", "--steps", "50")])
def test_output_into_a_pipe_nobody_reads_ends_quietly(args):
    """`nnstudio race ... | head -3` printed "nnstudio race: error: Broken pipe" and exited 2, as for a mistake;
    like cat or grep it stops quietly (exit code 141, what a shell shows for SIGPIPE)."""
    read_end, write_end = os.pipe()
    proc = subprocess.Popen([sys.executable, "-m", "nnstudio", *args], stdout=write_end, stderr=subprocess.PIPE,
                            text=True)
    os.close(write_end)
    os.close(read_end)       # the reader has gone before the command (still importing) writes its first line
    error = proc.stderr.read()
    assert proc.wait(timeout=120) == 141, error
    assert error == ""


def test_the_command_lines_file_kinds_are_the_apps():
    """cli.py keeps a copy of the app's suffix table (app/drops.py imports Qt, which --help must not load)."""
    pytest.importorskip("PySide6")
    from nnstudio.app.drops import KINDS
    from nnstudio.cli import FILE_KINDS
    assert FILE_KINDS == KINDS


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_the_help_says_nnstudio_file_opens_every_kind_the_app_takes(lang):
    """`nnstudio FILE` opens a project, a table, a model or a picture of a digit, as a drop on the window does; the
    help spoke of a project file (.nnsproj) only."""
    top, gui = run("--lang", lang, "--help"), run("--lang", lang, "gui", "--help")
    assert top.returncode == gui.returncode == 0
    top_text, gui_text = " ".join(top.stdout.split()), " ".join(gui.stdout.split())
    assert "nnstudio FILE" in top_text and "nnstudio gui --help" in top_text
    assert "nnstudio gui [-h] [FILE]" in gui_text
    from nnstudio.cli import FILE_KINDS
    for suffix in FILE_KINDS:       # in the command's description and in its argument's help
        assert gui_text.count(suffix + ")") + gui_text.count(suffix + ",") == 2, (suffix, gui_text)
    if lang == "en":
        assert "a project or a table opens in the studio, a model or a picture of a digit in the drawing pad" in top_text
        assert "a project (.nnsproj) or a table (.csv, .tsv, .txt) opens in the studio, a model (.npz) or a " \
               "picture of a digit (.png, .pgm) in the drawing pad" in gui_text


def test_training_piped_into_head_stops_after_the_lines_head_took():
    proc = subprocess.Popen([sys.executable, "-m", "nnstudio", "train", "--dataset", "xor", "--epochs", "100000",
                             "--quiet"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    first = proc.stdout.readline()          # head -1
    proc.stdout.close()
    error = proc.stderr.read()
    assert proc.wait(timeout=120) == 141, error     # at the next epoch line, not after 100,000 epochs
    assert first.startswith("Training 2-64-1") and error == ""

@pytest.mark.parametrize("command", ["train", "race"])
def test_help_names_every_toy_set_that_dataset_takes(command):
    """--dataset venn trains, but the help left it out of the toy sets it listed."""
    import re
    from nnstudio.data import TOY_DATASETS
    proc = run(command, "--help", env={"COLUMNS": "400"})
    listed = re.search(r"a toy set \(([^)]*)\)", proc.stdout)
    assert proc.returncode == 0 and listed, proc.stdout
    assert listed.group(1).split(", ") == list(TOY_DATASETS)


def test_an_unknown_option_is_named_with_its_command():
    """'nnstudio race --epochs 2' said "nnstudio: error: ... (see 'nnstudio --help')", whose help has no options
    of race's."""
    proc = run("race", "--dataset", "xor", "--epochs", "2")
    assert_one_line_error(proc, "nnstudio race: error: unrecognized arguments: --epochs 2",
                          "(see 'nnstudio race --help')")
    assert_one_line_error(run("--epochs"), "nnstudio: error: unrecognized arguments: --epochs", "(see 'nnstudio --help')")


def test_version():
    proc = run("--version")
    assert proc.returncode == 0
    assert proc.stdout.strip() == f"nnstudio {nnstudio.__version__}"


def test_help_and_train_do_not_import_qt():
    code = ("import sys\n"
            "from nnstudio.cli import main\n"
            "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
            "rc = main(['train', '--dataset', 'xor', '--epochs', '1', '--quiet', '--json'])\n"
            "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6'))\n"
            "sys.stderr.write(f'rc={rc} qt={qt}')\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stderr.strip().endswith("rc=0 qt=[]"), proc.stderr


def test_gui_without_a_display_says_why_instead_of_aborting():
    proc = run(drop=("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
    assert proc.returncode == 1
    assert "no display" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_no_arguments_opens_the_main_window():
    # The app's QApplication is created first so that a timer can look at the windows and quit;
    # nnstudio.app.main reuses it.
    code = ("from PySide6.QtCore import QTimer\n"
            "from PySide6.QtWidgets import QApplication\n"
            "app = QApplication(['nnstudio'])\n"
            "seen = []\n"
            "def look():\n"
            "    seen.extend(w.windowTitle() for w in app.topLevelWidgets() if w.isVisible())\n"
            "    app.quit()\n"
            "QTimer.singleShot(0, look)\n"
            "from nnstudio.cli import main\n"
            "rc = main([])\n"
            "print(f'rc={rc} windows={seen}')\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stderr
    last = proc.stdout.strip().splitlines()[-1]
    assert last.startswith("rc=0 windows=[") and "NN Studio" in last, proc.stdout


def test_gui_without_its_dependencies_says_what_to_install():
    code = ("import sys\n"
            "sys.modules['pyqtgraph'] = None  # as if pyqtgraph were not installed\n"
            "from nnstudio.cli import main\n"
            "sys.exit(main([]))\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 1
    assert "cannot start the desktop app" in proc.stderr and "pip install" in proc.stderr
    assert "Traceback" not in proc.stderr


OPENED_KINDS = "a project (.nnsproj), a table (.csv, .tsv, .txt), a model (.npz) or a picture of a digit (.png, .pgm)"


def test_a_file_of_a_kind_the_app_does_not_open_is_refused_before_a_window_opens(tmp_path):
    """`nnstudio gui notes.doc` started the whole app to say so in a message box."""
    notes = tmp_path / "notes.doc"
    notes.write_text("my notes")
    proc = run("gui", notes, drop=("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))   # no window could open
    assert_one_line_error(proc, f"nnstudio gui: error: {notes}: the app does not open this kind of file; it opens "
                                f"{OPENED_KINDS}")
    for short in ((notes,), ("--lang", "en", notes)):
        assert_one_line_error(run(*short, drop=("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")),
                              f"nnstudio: error: {notes}: the app does not open this kind of file: give a command "
                              f"(gui, train, race, download, export) or a file to open: {OPENED_KINDS}")


@pytest.mark.parametrize("name", ["nothing.nnsproj", "nothing.csv", "nothing.npz"])
def test_a_missing_file_to_open_is_a_one_line_error(tmp_path, name):
    """`nnstudio gui nothing.csv` said "the project file nothing.csv does not exist": the app opens more kinds."""
    assert_one_line_error(run("gui", tmp_path / name), f"nnstudio gui: error: {tmp_path / name}: no such file; the "
                                                       f"app opens {OPENED_KINDS}")
    for short in ((tmp_path / name,), ("--lang", "en", tmp_path / name)):   # also after the options before it
        assert_one_line_error(run(*short), f"nnstudio: error: {tmp_path / name}: no such file: give a command (gui, "
                                           f"train, race, download, export) or a file to open: {OPENED_KINDS}")


# -- train ---------------------------------------------------------------------------------------------------
def test_train_xor_json_prints_only_json_and_the_saved_model_loads(tmp_path):
    path = tmp_path / "xor.npz"
    proc = run("train", "--dataset", "xor", "--layers", "4", "--activation", "tanh", "--optimizer", "adam",
               "--lr", "0.05", "--epochs", "150", "--batch-size", "4", "--seed", "0", "--save", path, "--json")
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]  # every line is one JSON object
    epochs, final = records[:-1], records[-1]
    assert len(epochs) == 150
    assert [r["epoch"] for r in epochs] == list(range(1, 151))
    for r in epochs:
        assert set(r) == EPOCH_KEYS
        assert r["val_loss"] is None and r["val_accuracy"] is None  # 4 points: nothing to hold out
        assert r["seconds"] >= 0 and r["samples_per_second"] > 0
    assert epochs[-1]["loss"] < 0.5 * epochs[0]["loss"]
    assert final["test_samples"] == 4
    assert final["test_accuracy"] == 1.0  # the lecture's truth table, learned
    assert final["saved"] == str(path)

    from nnstudio.data import load_dataset
    from nnstudio.engine import load_model

    model = load_model(path)
    ds = load_dataset("xor")
    assert [layer.units for layer in model.dense_layers] == [4, 1]
    assert model.dense_layers[0].activation == "tanh"
    assert model.loss_name == "binary_crossentropy"  # binary problem -> sigmoid + BCE (lecture table)
    loss, accuracy = model.evaluate(ds.x_test, ds.y_test)
    assert loss == pytest.approx(final["test_loss"], rel=1e-5)
    assert (model.predict(ds.x_test)[:, 0] > 0.5).tolist() == [False, True, True, False]


def test_train_human_output_with_validation_and_progress_bar():
    proc = run("train", "--dataset", "three_blobs", "--layers", "8", "--epochs", "3", "--batch-size", "16",
               "--val-split", "0.2", "--lr", "0.01")
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout.splitlines()
    assert out[0].startswith("Training 2-8-3 (8 relu; softmax output, categorical_crossentropy) with adam lr 0.01")
    epoch_lines = [line for line in out if line.startswith("Epoch ")]
    assert [line.split()[1] for line in epoch_lines] == ["1/3", "2/3", "3/3"]
    for line in epoch_lines:
        for word in ("loss", "accuracy", "val_loss", "val_accuracy", "samples/s"):
            assert word in line
    assert out[1] == "Data: three_blobs; 168 training, 42 validation and 90 test samples"
    assert out[-1].startswith("Test loss") and "test accuracy" in out[-1] and "(test samples: 90)" in out[-1]
    # stderr is not a terminal here: one finished bar per epoch, no carriage returns
    bars = proc.stderr.splitlines()
    assert len(bars) == 3 and "\r" not in proc.stderr
    assert bars[0].startswith("Epoch 1/3 [" + "=" * 30 + "]")


def test_regression_dataset_has_no_accuracy():
    proc = run("train", "--dataset", "sine", "--layers", "16", "--activation", "tanh", "--epochs", "2",
               "--json", "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert records[0]["accuracy"] is None and records[0]["val_loss"] is not None
    assert records[-1]["test_accuracy"] is None and records[-1]["test_loss"] > 0


@pytest.mark.parametrize("args, fragments", [
    (("--layers", "256,abc"), ("--layers", "'256,abc'", "positive integers")),
    (("--layers", "0"), ("--layers", "positive integers")),
    (("--lr", "-1"), ("--lr", "> 0")),
    (("--lr", "inf"), ("--lr", "expected a finite number > 0, got 'inf'")),
    (("--epochs", "0"), ("--epochs", ">= 1")),
    (("--activation", "relux"), ("unknown activation 'relux'", "relu", "sigmoid")),
    (("--optimizer", "adamm"), ("unknown optimizer 'adamm'", "adam", "sgd")),
    (("--loss", "hinge"), ("unknown loss 'hinge'", "quadratic")),
    # xor is binary: what to use instead, as the lecture's table of problem -> output -> loss says
    (("--loss", "categorical_crossentropy"), ("one softmax output per class", "this binary network has one sigmoid "
                                              "output", "use binary_crossentropy with one sigmoid output")),
    (("--dtype", "float16"), ("--dtype", "float16")),
])
def test_bad_arguments_exit_2_with_one_line(args, fragments):
    assert_one_line_error(run("train", "--dataset", "xor", "--epochs", "1", *args), *fragments)


def test_unknown_dataset_lists_the_choices():
    assert_one_line_error(run("train", "--dataset", "xorr"), "unknown dataset 'xorr'", "mnist", "xor", ".csv")


def test_missing_mnist_says_how_to_download(tmp_path):
    proc = run("train", "--dataset", "mnist", "--data-dir", tmp_path / "nowhere", drop=("NNSTUDIO_DATA",))
    assert_one_line_error(proc, "MNIST", "not found", "nnstudio download mnist")


def test_save_into_missing_folder_is_a_one_line_error(tmp_path):
    proc = run("train", "--dataset", "xor", "--epochs", "1", "--quiet", "--save", tmp_path / "no" / "m.npz")
    assert_one_line_error(proc, "cannot save the model", "does not exist")  # before training, not after


def test_save_under_a_name_without_npz_is_refused_before_training(tmp_path):
    proc = run("train", "--dataset", "xor", "--epochs", "1", "--quiet", "--save", tmp_path / "m.txt")
    assert_one_line_error(proc, "cannot save the model", "ending in .npz", "m.npz")
    assert not (tmp_path / "m.txt").exists()


def test_save_onto_a_folder_is_refused_before_training(tmp_path):
    proc = run("train", "--dataset", "xor", "--epochs", "1", "--quiet", "--save", tmp_path)
    assert_one_line_error(proc, "cannot save the model", "is a folder", "model.npz")
    assert "epoch" not in proc.stdout


def test_a_partial_mnist_folder_names_the_missing_file(tmp_path):
    shared = Path(os.environ.get("NNSTUDIO_DATA", "/nonexistent")) / "mnist"
    if not all((shared / name).is_file() for name in MNIST_FILES):
        pytest.skip("needs the real MNIST files (NNSTUDIO_DATA) to copy three of them")
    (tmp_path / "mnist").mkdir()
    for name in ("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz", "t10k-images-idx3-ubyte.gz"):
        shutil.copy(shared / name, tmp_path / "mnist" / name)
    proc = run("train", "--dataset", "mnist", "--data-dir", tmp_path, drop=("NNSTUDIO_DATA",))
    assert_one_line_error(proc, "t10k-labels-idx1-ubyte.gz is missing", "nnstudio download mnist")


def test_download_check_verifies_the_files_where_nnstudio_finds_them(tmp_path):
    shared = Path(os.environ.get("NNSTUDIO_DATA", "/nonexistent"))
    if not all((shared / "mnist" / name).is_file() for name in MNIST_FILES):
        pytest.skip("needs the real MNIST files (NNSTUDIO_DATA)")
    proc = run("download", "mnist", "--check", "--dest", shared)
    assert proc.returncode == 0, proc.stderr
    assert "OK — 60000 training and 10000 test images, checksums verified" in proc.stdout
    proc = run("download", "mnist", "--check", "--dest", tmp_path / "none", drop=("NNSTUDIO_DATA",))
    assert_one_line_error(proc, "not found", f"run `nnstudio download mnist --dest {tmp_path / 'none'}`")


def test_download_check_of_a_damaged_file_suggests_the_download_into_the_folder_given(tmp_path):
    """The fix named `nnstudio download mnist` alone: it downloads into the user data folder, and the next
    `--check --dest` found the same damaged file again."""
    shared = Path(os.environ.get("NNSTUDIO_DATA", "/nonexistent"))
    if not all((shared / "mnist" / name).is_file() for name in MNIST_FILES):
        pytest.skip("needs the real MNIST files (NNSTUDIO_DATA)")
    (tmp_path / "my data" / "mnist").mkdir(parents=True)
    for name in MNIST_FILES:
        (tmp_path / "my data" / "mnist" / name).write_bytes((shared / "mnist" / name).read_bytes())
    (tmp_path / "my data" / "mnist" / MNIST_FILES[-1]).write_bytes(b"xx")
    for dest in (tmp_path / "my data", tmp_path / "my data" / "mnist"):        # the root or the files' folder
        proc = run("download", "mnist", "--check", "--dest", dest)
        assert_one_line_error(proc, "is not a valid gzip file",
                              f"run `nnstudio download mnist --dest '{tmp_path / 'my data'}'`")


@pytest.mark.parametrize("files, fragments", [
    ((), ("is a folder, not a file: give a command (gui, train, race, download, export) or a file to open: "
          + OPENED_KINDS,)),
    (("b.nnsproj", "a.nnsproj", "c.csv"), ("is a folder, not a file: give one of its files, such as nnstudio ",
                                           "a.nnsproj")),
    # a table or a model when it holds no project; a .txt file last (as often a note as a table)
    (("notes.txt", "heights.csv", "mine.npz"), ("is a folder, not a file: give one of its files, such as nnstudio ",
                                                "heights.csv")),
    (("README.txt", "draft.doc"), ("is a folder, not a file: give one of its files, such as nnstudio ",
                                   "README.txt")),
])
def test_a_folder_instead_of_a_file_says_so(tmp_path, files, fragments):
    """`nnstudio /some/dir` said "argument COMMAND: invalid choice: '/some/dir' (choose from 'gui', ...)", and
    `nnstudio gui /some/dir` "the project file /some/dir does not exist"; a folder of tables and models was told to
    give a project file."""
    for name in files:
        (tmp_path / name).write_text("{}")
    for args in ((tmp_path,), ("gui", tmp_path)):
        proc = run(*args)
        assert_one_line_error(proc, str(tmp_path), *fragments)


def test_every_error_is_worded_as_argparse_words_its_own(tmp_path):
    """After "error:" argparse's messages start in lower case and end without a full stop; the export's, the
    engine's and the data layer's were sentences ("error: Cannot write m.py: the folder /nowhere does not exist.").
    A name keeps its capitals (MNIST); Korean loses the closing full stop too."""
    model = tmp_path / "m.npz"
    assert run("train", "--dataset", "xor", "--epochs", "1", "--save", model).returncode == 0
    (tmp_path / "t.csv").write_text("x,label\n1,0\n2,1\n3,0\n", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    cases = [
        (("export", model, "--out", tmp_path / "nowhere" / "m.py"),
         f"nnstudio export: error: cannot write m.py: the folder {tmp_path / 'nowhere'} does not exist"),
        (("export", model, "--out", tmp_path / "m.py", "--dataset", tmp_path / "t.csv"),
         f"nnstudio export: error: the number of features of the data set {tmp_path / 't.csv'} (1) is not the "
         "network's input size (2): choose the data set it was trained on"),
        (("train", "--dataset", "mnist", "--data-dir", tmp_path / "empty"), "nnstudio train: error: MNIST not found"),
        (("train", "--frobnicate"), "nnstudio train: error: unrecognized arguments: --frobnicate"),   # argparse's
    ]
    for args, start in cases:
        proc = run(*args)
        assert_one_line_error(proc, start)
        line = proc.stderr.strip()
        assert line.startswith(start) and not line.endswith("."), line
    korean = run("--lang", "ko", "export", model, "--out", tmp_path / "nowhere" / "m.py")
    assert_one_line_error(korean, "nnstudio export: 오류: m.py 파일을 쓸 수 없습니다. 폴더가 없습니다: ")
    assert not korean.stderr.strip().endswith(".")


@pytest.mark.parametrize("word", ["foo.txt", "./nope", "results/run1"])
def test_a_missing_file_instead_of_a_command_says_so(tmp_path, word):
    """`nnstudio foo.txt` (no such file) said "argument COMMAND: invalid choice: 'foo.txt' (choose from ...)", then
    to give a project file, which is one of the kinds the app opens."""
    proc = subprocess.run([sys.executable, "-m", "nnstudio", word], capture_output=True, text=True, cwd=tmp_path,
                          timeout=120)
    assert_one_line_error(proc, f"{word}: no such file: give a command (gui, train, race, download, export) or a "
                                f"file to open: {OPENED_KINDS}")
    assert "invalid choice" not in proc.stderr
    korean = subprocess.run([sys.executable, "-m", "nnstudio", "--lang", "ko", word], capture_output=True,
                            text=True, cwd=tmp_path, timeout=120)
    assert_one_line_error(korean, f"{word} 파일이 없습니다", "(.csv, .tsv, .txt)", "(.png, .pgm)")
    # a misspelt command is still argparse's "invalid choice", which lists the commands
    assert "invalid choice: 'trian'" in run("trian").stderr


# -- download ------------------------------------------------------------------------------------------------
@pytest.fixture
def mirror(tmp_path):
    """A local HTTP server: /good/ holds copies of the real MNIST files (when available), /empty/ nothing."""
    root = tmp_path / "www"
    (root / "good").mkdir(parents=True)
    (root / "empty").mkdir()
    shared = Path(os.environ.get("NNSTUDIO_DATA", "/nonexistent")) / "mnist"
    have_files = all((shared / name).is_file() for name in MNIST_FILES)
    if have_files:
        for name in MNIST_FILES:
            shutil.copyfile(shared / name, root / "good" / name)

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Quiet, directory=str(root)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", have_files
    httpd.shutdown()
    httpd.server_close()
    thread.join(5)


NO_PROXY = {"NO_PROXY": "127.0.0.1,localhost", "no_proxy": "127.0.0.1,localhost"}


def test_download_then_train_finds_the_files(mirror, tmp_path):
    url, have_files = mirror
    if not have_files:
        pytest.skip("needs the real MNIST files (NNSTUDIO_DATA) to serve from a local mirror")
    dest = tmp_path / "data"
    proc = run("download", "mnist", "--dest", dest, "--mirror", url + "/good/", env=NO_PROXY)
    assert proc.returncode == 0, proc.stderr
    assert sorted(p.name for p in (dest / "mnist").iterdir()) == sorted(MNIST_FILES)
    assert "downloaded and verified" in proc.stdout
    assert "train-images-idx3-ubyte.gz [" in proc.stderr and "9.9/9.9 MB" in proc.stderr
    # the label files (29 kB and 5 kB) said "0.0/0.0 MB", as if nothing had come
    assert "28.9/28.9 kB" in proc.stderr and "4.5/4.5 kB" in proc.stderr and "0.0/0.0" not in proc.stderr
    # the files just downloaded are what --data-dir finds
    train = run("train", "--dataset", "mnist", "--data-dir", dest, "--layers", "16", "--epochs", "1",
                "--batch-size", "256", "--json", "--quiet", drop=("NNSTUDIO_DATA",))
    assert train.returncode == 0, train.stderr
    final = json.loads(train.stdout.splitlines()[-1])
    assert final["test_samples"] == 10000 and final["test_accuracy"] > 0.85


def test_a_download_of_files_already_there_says_so_without_bars(mirror, tmp_path):
    """A second download said "the four files are downloaded and verified" after four bars filled at once: now
    it says that they were there already, checked, and nothing was downloaded; a bar only for a file fetched."""
    url, have_files = mirror
    if not have_files:
        pytest.skip("needs the real MNIST files (NNSTUDIO_DATA) to serve from a local mirror")
    dest = tmp_path / "data"
    assert run("download", "mnist", "--dest", dest, "--mirror", url + "/good/", env=NO_PROXY).returncode == 0
    again = run("download", "mnist", "--dest", dest, "--mirror", url + "/good/", env=NO_PROXY)
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines()[0] == (f"mnist: the four files are already in {dest / 'mnist'} and their "
                                            "checksums are verified; nothing was downloaded")
    assert again.stderr == ""
    (dest / "mnist" / "t10k-labels-idx1-ubyte.gz").unlink()
    one = run("download", "mnist", "--dest", dest, "--mirror", url + "/good/", env=NO_PROXY)
    assert one.stdout.splitlines()[0] == (f"mnist: 1 file downloaded into {dest / 'mnist'}, where the others were "
                                          "already; the checksums of all four are verified")
    assert one.stderr.splitlines() == [line for line in one.stderr.splitlines() if "t10k-labels" in line] != []
    korean = run("download", "mnist", "--dest", dest, "--mirror", url + "/good/", env={**NO_PROXY, "NNSTUDIO_LANG": "ko"})
    assert korean.stdout.splitlines()[0] == (f"mnist: 네 파일이 이미 {dest / 'mnist'}에 있고 체크섬을 확인했습니다. "
                                             "아무것도 내려받지 않았습니다.")


def test_files_already_in_the_dest_folder_itself_are_kept_and_the_hint_names_that_folder(tmp_path):
    """`download --check --dest dl` found the four files lying in dl, but `download --dest dl` fetched them again
    into dl/mnist (offline it failed); now they are kept, and the hint names dl itself (not its parent)."""
    from nnstudio.data.mnist import find_data_dir, is_available

    if not is_available("mnist"):
        pytest.skip("needs the real MNIST files (NNSTUDIO_DATA)")
    dest = tmp_path / "dl"
    dest.mkdir()
    for name in MNIST_FILES:
        shutil.copyfile(find_data_dir("mnist") / name, dest / name)
    nowhere = {"NNSTUDIO_HOME": tmp_path / "home", **NO_PROXY}
    proc = run("download", "mnist", "--dest", dest, "--mirror", "http://127.0.0.1:9/", env=nowhere,
               drop=("NNSTUDIO_DATA",))
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [
        f"mnist: the four files are already in {dest} and their checksums are verified; nothing was downloaded",
        f"NN Studio finds them there only with --data-dir {dest} or the environment variable NNSTUDIO_DATA={dest}"]
    assert not (dest / "mnist").exists()
    found = run("download", "mnist", "--dest", dest, "--mirror", "http://127.0.0.1:9/",
                env={**nowhere, "NNSTUDIO_DATA": dest})
    assert found.returncode == 0 and len(found.stdout.splitlines()) == 1, found.stdout


def interrupted(tmp_path, language, *args):
    """A training run given Ctrl-C (SIGINT) after its first epoch: (exit code, stderr, stdout)."""
    env = {**os.environ, "NNSTUDIO_LANG": language}
    proc = subprocess.Popen([sys.executable, "-m", "nnstudio", "train", "--dataset", "moons", "--points", "2000",
                             "--epochs", "100000", "--json", *map(str, args)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, env=env)
    first = proc.stdout.readline()
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    return proc.returncode, err, first + out


@pytest.mark.parametrize("language, save, message", [
    ("en", True, "nnstudio train: interrupted; the model was not saved to {path}"),
    ("en", False, "nnstudio: interrupted"),
    ("ko", True, "nnstudio train: 중단되었습니다. 모델은 {path}에 저장하지 않았습니다."),
    ("ko", False, "nnstudio: 중단되었습니다"),
])
def test_ctrl_c_mid_training_ends_with_one_line_and_code_130(tmp_path, language, save, message):
    path = tmp_path / "m.npz"
    code, err, out = interrupted(tmp_path, language, *(("--save", path) if save else ()))
    assert code == 130 and "Traceback" not in err
    assert err.splitlines()[-1] == message.format(path=path)
    assert json.loads(out.splitlines()[0])["epoch"] == 1 and not path.exists()


@pytest.mark.parametrize("language, message", [
    ("en", "nnstudio download: error: --mirror 'example.org/mnist' is not a web address: give one that starts with "
           "https:// or http://, such as https://ossci-datasets.s3.amazonaws.com/mnist/"),
    ("ko", "nnstudio download: 오류: --mirror 'example.org/mnist' 값은 웹 주소가 아닙니다. "
           "https://ossci-datasets.s3.amazonaws.com/mnist/처럼 https://나 http://로 시작하는 주소를 주세요"),
])
def test_a_mirror_that_is_no_web_address_is_said_before_any_download(tmp_path, language, message):
    """It tried each file and said "cannot connect (unknown url type: 'example.org/mnist/train-images...')"."""
    proc = run("download", "mnist", "--dest", tmp_path, "--mirror", "example.org/mnist", env={"NNSTUDIO_LANG": language})
    assert_one_line_error(proc, message)
    assert list(tmp_path.iterdir()) == []


def test_download_failure_is_a_one_line_error(mirror, tmp_path):
    url, _ = mirror
    proc = run("download", "mnist", "--dest", tmp_path / "data", "--mirror", url + "/empty/", "--quiet",
               env=NO_PROXY)
    assert_one_line_error(proc, "could not download", "HTTP 404")


# -- the progress bar ----------------------------------------------------------------------------------------
def test_progress_bar_writes_one_line_per_epoch_off_a_terminal():
    stream = io.StringIO()
    bar = ProgressBar(stream)
    for done in range(1, 11):
        bar.update(done, 10, "epoch 1/2", f"loss {1 / done:.3f}")
    bar.finish()
    bar.finish()  # a second finish writes nothing
    for done in range(1, 6):
        bar.update(done, 10, "epoch 2/2")
    bar.finish()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("epoch 1/2 [" + "=" * 30 + "] 10/10 loss 0.100")
    assert lines[1].startswith("epoch 2/2 [" + "=" * 15 + ">" + "." * 14 + "] 5/10")


def test_progress_bar_redraws_in_place_on_a_terminal():
    class Tty(io.StringIO):
        def isatty(self):
            return True

    stream = Tty()
    bar = ProgressBar(stream)
    bar.update(10, 10, "epoch 1/1")
    bar.finish()
    text = stream.getvalue()
    assert text.startswith("\repoch 1/1 [") and text.endswith("\n")
    assert text.count("\n") == 1


def test_the_progress_bar_clock_counts_an_epochs_first_batch(monkeypatch, capsys):
    """The bar's clock started at its first update, after the epoch's first batch: MNIST's first epoch showed
    "0.5s" on its bar and "1.1s" on its epoch line (the first batch compiled the fused kernels)."""
    import time

    from nnstudio import cli
    from nnstudio.engine.model import Sequential

    original = Sequential.fit_iter

    def slow_first_batch(self, *args, **kwargs):
        run = original(self, *args, **kwargs)
        time.sleep(0.3)                 # the work of the first batch, before its record comes
        yield from run

    monkeypatch.setattr(Sequential, "fit_iter", slow_first_batch)
    monkeypatch.setenv("NNSTUDIO_LANG", "en")
    assert cli.main(["train", "--dataset", "xor", "--epochs", "2"]) == 0
    first, second = capsys.readouterr().err.splitlines()
    assert first.startswith("Epoch 1/2 [") and float(first.rsplit(" ", 1)[1].removesuffix("s")) >= 0.3, first
    assert second.startswith("Epoch 2/2 [") and float(second.rsplit(" ", 1)[1].removesuffix("s")) < 0.3, second


# -- the user's own data -------------------------------------------------------------------------------------
def test_train_on_a_csv_file(tmp_path):
    rng = np.random.default_rng(0)
    centres = {"setosa": (0.0, 0.0, 1.0, 1.0), "versicolor": (2.0, 1.0, 0.0, 1.0), "virginica": (0.0, 2.0, 2.0, 0.0)}
    lines = ["sepal_length,sepal_width,petal_length,petal_width,species"]
    for name, centre in centres.items():
        for _ in range(20):
            lines.append(",".join(f"{c + 0.1 * rng.standard_normal():.3f}" for c in centre) + f",{name}")
    path = tmp_path / "iris_like.csv"
    path.write_text("\n".join(lines) + "\n")
    proc = run("train", "--dataset", path, "--layers", "8", "--epochs", "40", "--batch-size", "8", "--lr", "0.02",
               "--json", "--quiet")
    assert proc.returncode == 0, proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert len(records) == 41
    assert records[-1]["test_samples"] == 18  # the loader's stratified 30 % test split
    assert records[-1]["test_accuracy"] >= 0.9  # three well separated blobs, 4 features -> 3 classes


def test_a_kaggle_style_mnist_csv_is_scaled_as_the_studio_scales_it(tmp_path):
    """784 whole-number pixels from 0 to 255 (a Kaggle-style MNIST CSV) are divided by 255, as the studio's import
    does: the command line trained on them unscaled, unlike the studio and the pad."""
    rng = np.random.default_rng(0)
    labels = np.repeat([0, 1], 20)
    pixels = rng.integers(0, 60, size=(40, 784))
    pixels[labels == 1, :392] += 190              # class 1: a bright upper half
    path = tmp_path / "train.csv"
    path.write_text("label," + ",".join(f"pixel{i}" for i in range(784)) + "\n"
                    + "\n".join(f"{y}," + ",".join(map(str, row)) for y, row in zip(labels, pixels)) + "\n")
    proc = run("train", "--dataset", path, "--layers", "8", "--epochs", "2", "--batch-size", "8", "--json", "--quiet")
    assert proc.returncode == 0, proc.stderr
    assert "train.csv holds 28×28 pixels from 0 to 255: they were divided by 255" in proc.stderr
    records = [json.loads(line) for line in proc.stdout.splitlines()]
    assert math.isfinite(records[-2]["loss"]) and records[-1]["test_samples"] == 12


def test_a_bad_csv_file_is_a_one_line_error(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("x,y,label\n" + "".join(f"{i},{i},{i % 2}\n" for i in range(12)) + "1,abc,0\n")
    assert_one_line_error(run("train", "--dataset", path), "bad.csv", "line 14", "'abc' is not a number")


def test_a_diverging_run_stops_and_suggests_a_smaller_learning_rate(tmp_path):
    proc = run("train", "--dataset", "sine", "--optimizer", "sgd", "--lr", "1000", "--epochs", "20",
               "--json", "--quiet", "--save", tmp_path / "m.npz")
    assert proc.returncode == 1
    assert "diverged" in proc.stderr and "--lr 100" in proc.stderr and "nothing was saved" in proc.stderr
    epochs = [json.loads(line) for line in proc.stdout.splitlines()]
    # stopped in the epoch where it diverged: NaN (null) or a loss far above the start
    assert epochs and len(epochs) < 20 and (epochs[-1]["loss"] is None or epochs[-1]["loss"] > 10)
    assert all("epoch" in e and "test_loss" not in e for e in epochs)    # as the doc says: no final object
    assert not (tmp_path / "m.npz").exists()


def test_the_progress_bar_ends_on_the_epoch_mean_the_epoch_line_prints():
    proc = run("train", "--dataset", "moons", "--layers", "8", "--epochs", "1", "--batch-size", "16")
    assert proc.returncode == 0, proc.stderr
    bar_loss = proc.stderr.strip().splitlines()[-1].split("loss: ")[1].split()[0]
    epoch_line = [line for line in proc.stdout.splitlines() if line.startswith("Epoch 1/1")][0]
    assert epoch_line.split("loss: ")[1].split()[0] == bar_loss


def test_softmax_hidden_layers_are_refused_and_dataset_names_ignore_case():
    proc = run("train", "--dataset", "xor", "--activation", "softmax")
    assert_one_line_error(proc, "softmax belongs in the output layer")
    proc = run("train", "--dataset", "XOR", "--epochs", "1", "--quiet", "--json")
    assert proc.returncode == 0, proc.stderr


# -- export ------------------------------------------------------------------------------------------------
def _trained_model_file(tmp_path):
    proc = run("train", "--dataset", "circle", "--layers", "6", "--epochs", "1", "--quiet", "--json",
               "--save", tmp_path / "circle.npz")
    assert proc.returncode == 0, proc.stderr
    return tmp_path / "circle.npz"


def test_export_writes_a_pytorch_script_and_an_onnx_file(tmp_path):
    model = _trained_model_file(tmp_path)
    proc = run("export", model, "--format", "pytorch", "--out", tmp_path / "circle.py", "--dataset", "circle",
               "--batch-size", "16", "--lang", "ko")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines() == [f"wrote {tmp_path / 'circle.py'}", f"wrote {tmp_path / 'circle_data.npz'}"]
    text = (tmp_path / "circle.py").read_text(encoding="utf-8")
    assert "BATCH_SIZE = 16" in text and "은닉층 1: 뉴런 6개" in text
    compile(text, "circle.py", "exec")
    pytest.importorskip("onnx")
    proc = run("export", model, "--format", "onnx", "--out", tmp_path / "circle.onnx")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"wrote {tmp_path / 'circle.onnx'}"
    assert (tmp_path / "circle.onnx").stat().st_size > 0


def test_export_takes_the_format_from_the_files_suffix(tmp_path):
    """'nnstudio export model.npz --out model.py' was refused: "the following arguments are required: --format"."""
    model = _trained_model_file(tmp_path)
    proc = run("export", model, "--out", tmp_path / "circle.py", "--dataset", "circle")
    assert proc.returncode == 0, proc.stderr
    assert "import torch" in (tmp_path / "circle.py").read_text(encoding="utf-8")
    pytest.importorskip("onnx")
    proc = run("export", model, "--out", tmp_path / "circle.onnx")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == f"wrote {tmp_path / 'circle.onnx'}"


def test_export_of_a_project_file_and_the_language_from_the_environment(tmp_path):
    from nnstudio.engine.spec import NetworkSpec
    from nnstudio.session.project import Project, save_project

    spec = NetworkSpec.xor_default()
    path = save_project(tmp_path / "xor.nnsproj", Project(spec=spec, training={"optimizer": "sgd", "lr": 3.0,
                                                                               "batch_size": 4, "seed": 0},
                                                          dataset_choice={"key": "xor"},
                                                          weights=spec.build().get_weights()))
    proc = run("export", path, "--format", "pytorch", "--out", tmp_path / "xor.py", env={"NNSTUDIO_LANG": "ko"})
    assert proc.returncode == 0, proc.stderr
    text = (tmp_path / "xor.py").read_text(encoding="utf-8")
    assert "BATCH_SIZE = 4" in text and "X_TRAIN = [[0.0, 0.0], [0.0, 1.0], [1.0, 0.0], [1.0, 1.0]]" in text
    assert "NN Studio와 다른 점" in text


def test_export_mistakes_are_one_line_errors(tmp_path):
    model = _trained_model_file(tmp_path)
    assert_one_line_error(run("export", tmp_path / "none.npz", "--format", "onnx", "--out", tmp_path / "a.onnx"),
                          "none.npz does not exist")
    assert_one_line_error(run("export", model, "--out", tmp_path / "a.txt"), "give --format pytorch or --format onnx",
                          "a.txt ends neither in .py nor in .onnx")
    assert_one_line_error(run("export", model, "--format", "onnx", "--out", tmp_path / "a.onnx", "--dataset",
                              "circle", "--batch-size", "16"), "leave out --dataset --batch-size", "PyTorch")
    assert not (tmp_path / "a.onnx").exists()
    assert_one_line_error(run("export", model, "--format", "pytorch", "--out", tmp_path / "a.txt"), "ending in .py")
    assert_one_line_error(run("export", model, "--format", "pytorch", "--out", tmp_path / "no" / "a.py"),
                          "the folder", "does not exist")
    assert_one_line_error(run("export", model, "--format", "pytorch", "--out", tmp_path / "a.py", "--dataset",
                              "mnist"), "mnist (784) is not the network's input size (2)")
    (tmp_path / "junk.npz").write_bytes(b"not a model")
    assert_one_line_error(run("export", tmp_path / "junk.npz", "--format", "pytorch", "--out", tmp_path / "a.py"),
                          "junk.npz")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["circle.npz", "junk.npz"]


def test_export_help_needs_no_numpy_and_a_script_needs_no_torch(tmp_path):
    model = _trained_model_file(tmp_path)
    code = ("import sys\n"
            "from nnstudio.cli import main\n"
            "try:\n    main(['export', '--help'])\nexcept SystemExit:\n    pass\n"
            "assert 'numpy' not in sys.modules\n"
            f"rc = main(['export', {str(model)!r}, '--format', 'pytorch', '--out', {str(tmp_path / 'c.py')!r}])\n"
            "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('torch', 'onnx', 'PySide6'))\n"
            "sys.stderr.write(f'rc={rc} heavy={heavy}')\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stderr.strip().endswith("rc=0 heavy=[]"), proc.stderr

# -- race ----------------------------------------------------------------------------------------------------------
RACE = ("race", "--dataset", "spiral", "--layers", "16,16", "--activation", "tanh", "--contestant", "sgd:lr=0.1",
        "--contestant", "sgd:lr=0.1,momentum=0.9", "--contestant", "adam:lr=0.01", "--batch-size", "32",
        "--seed", "0")


def test_race_json_prints_one_object_per_contestant_with_the_same_fingerprints():
    proc = run(*RACE, "--steps", "1500", "--target-loss", "0.4", "--json")
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert [r["contestant"] for r in rows] == ["sgd:lr=0.1", "sgd:lr=0.1,momentum=0.9", "adam:lr=0.01"]
    assert rows[1]["optimizer"]["momentum"] == 0.9 and rows[2]["optimizer"]["name"] == "adam"
    assert len({(r["weights_fingerprint"], r["batches_fingerprint"]) for r in rows}) == 1
    for r in rows:
        assert r["steps"] == 1500 and r["diverged_at"] is None and r["target_loss"] == 0.4
        assert 0 < r["loss"] and 0 <= r["accuracy"] <= 1 and r["test_loss"] > 0 and r["seconds"] > 0
    assert rows[1]["loss"] < rows[0]["loss"]          # momentum ahead of plain SGD at the same rate
    assert rows[1]["steps_to_target"] is not None and rows[0]["steps_to_target"] is None


def test_race_prints_a_results_table_and_the_fairness_line():
    proc = run(*RACE, "--steps", "200", "--target-loss", "0.5")
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("Race on 2-16-16-1 (16 tanh, 16 tanh; sigmoid output, binary_crossentropy), spiral")
    assert "spiral: 210 training samples, batches of 32, 200 steps, seed 0" in lines[0]
    assert lines[1].startswith("Same start for every contestant (weights ")
    assert lines[2].split() == ["contestant", "loss", "accuracy", "test", "loss", "test", "accuracy", "steps", "to",
                                "0.5", "seconds", "to", "0.5", "seconds"]
    assert [line.split()[0] for line in lines[3:]] == ["sgd:lr=0.1", "sgd:lr=0.1,momentum=0.9", "adam:lr=0.01"]


def test_race_without_contestants_races_the_lectures_five_and_marks_divergence():
    proc = run("race", "--dataset", "xor", "--layers", "2", "--activation", "sigmoid", "--steps", "50",
               "--contestant", "sgd:lr=1e4", "--contestant", "adam", "--json")
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    assert rows[0]["diverged_at"] is not None and rows[0]["steps"] == rows[0]["diverged_at"] < 50
    assert rows[1]["diverged_at"] is None and rows[1]["steps"] == 50
    proc = run("race", "--dataset", "xor", "--layers", "2", "--activation", "sigmoid", "--steps", "20", "--json")
    assert [json.loads(line)["contestant"] for line in proc.stdout.splitlines()] == [
        "SGD", "Momentum", "Adagrad", "RMSprop", "Adam"]


def test_race_over_many_seeds_summarizes_each_contestant():
    proc = run("race", "--dataset", "xor", "--layers", "2", "--activation", "sigmoid", "--steps", "1000",
               "--seeds", "8", "--target-loss", "0.1", "--contestant", "sgd:lr=0.5,momentum=0.9",
               "--contestant", "sgd:lr=0.01", "--json")
    assert proc.returncode == 0, proc.stderr
    fast, slow = [json.loads(line) for line in proc.stdout.splitlines()]
    assert fast["contestant"] == "sgd:lr=0.5,momentum=0.9" and fast["optimizer"]["momentum"] == 0.9
    assert fast["seeds"] == 8 and fast["diverged"] == 0 and fast["median_final_loss"] > 0
    assert fast["loss"]["reached"] > 0 and slow["loss"]["reached"] == 0 and fast["loss"]["seeds"] == 8
    assert fast["loss"]["q25"] <= fast["loss"]["median"] <= fast["loss"]["q75"]
    assert slow["accuracy"]["share"] <= fast["accuracy"]["share"]
    human = run("race", "--dataset", "xor", "--layers", "2", "--activation", "sigmoid", "--steps", "300",
                "--seeds", "4", "--contestant", "adam:lr=0.05")
    assert human.returncode == 0, human.stderr
    assert "4 x 1 runs (seeds 0..3 x contestants)" in human.stdout and "100% accuracy" in human.stdout


def test_race_each_tuned_reports_the_winning_rates():
    proc = run(*RACE, "--steps", "100", "--tune", "--tune-steps", "30", "--json")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    from nnstudio.engine.sweep import DEFAULT_RATES
    assert all(r["tuned"] and r["optimizer"]["lr"] in DEFAULT_RATES for r in rows)
    human = run(*RACE, "--steps", "3", "--tune", "--tune-steps", "1")
    assert human.returncode == 0, human.stderr
    assert human.stdout.splitlines()[1].startswith(
        "Each tuned: 7 learning rates for every contestant, 1 step each (the same budget)")


def test_each_tuned_races_each_at_the_rate_that_does_best_over_the_race():
    """`nnstudio race --tune` on the spirals tuned over 200 steps, where every rate is still on the loss plateau:
    it raced momentum at lr 0.00316 (loss 0.66 after the 2,000 steps) where its race at 0.1 ends at 0.035, and SGD
    at 0.0316 (0.66) where 0.316 ends at 0.55. The tuning now runs as long as the race and scores the loss at the
    end of each run, as the table shows it: every contestant's tuned race ends at the best of its 7 races at the
    tried rates (up to rounding: the tuning trains its runs stacked)."""
    from nnstudio.engine.sweep import DEFAULT_RATES
    proc = run("race", "--tune", "--json")                          # the spirals, 2,000 steps, the lecture's five
    assert proc.returncode == 0, proc.stderr
    for row in map(json.loads, proc.stdout.splitlines()):
        config = row["optimizer"]
        settings = "".join(f",{k}={v}" for k, v in config.items()
                           if k not in ("name", "lr") and isinstance(v, (int, float)) and not isinstance(v, bool))
        each = run("race", "--json", *[word for rate in DEFAULT_RATES
                                       for word in ("--contestant", f"{config['name']}:lr={rate!r}{settings}")])
        assert each.returncode == 0, each.stderr
        losses = [r["loss"] if r["loss"] is not None and not r["diverged_at"] else math.inf
                  for r in map(json.loads, each.stdout.splitlines())]
        assert row["loss"] <= min(losses) * (1 + 1e-3), (row["contestant"], config["lr"], row["loss"], losses)
    human = run("race", "--steps", "300", "--tune", "--dataset", "xor", "--layers", "2")
    assert human.returncode == 0, human.stderr
    assert ("Each tuned: 7 learning rates for every contestant, 300 steps each (the same budget), then the race at "
            "each one's best rate: the lowest loss at the end of its tuning run") in human.stdout


def test_race_on_a_surface_prints_where_each_optimizer_ends():
    from nnstudio.engine.surfaces import descend

    proc = run("race", "--surface", "rosenbrock", "--start", "-1.5,2", "--steps", "300", "--contestant",
               "adam:lr=0.05", "--contestant", "sgd:lr=1e-3,momentum=0.9", "--json")
    assert proc.returncode == 0, proc.stderr
    rows = [json.loads(line) for line in proc.stdout.splitlines()]
    for row, config in zip(rows, ({"name": "adam", "lr": 0.05}, {"name": "sgd", "lr": 1e-3, "momentum": 0.9})):
        assert row["start"] == [-1.5, 2.0] and row["nearest_minimum"] == [1.0, 1.0]
        assert row["end"] == pytest.approx(descend("rosenbrock", config, (-1.5, 2), 300)[-1].tolist())
    human = run("race", "--surface", "local_minimum", "--contestant", "sgd:lr=0.05", "--contestant",
                "sgd:lr=0.05,momentum=0.9")
    lines = human.stdout.splitlines()
    assert lines[0].startswith("A local minimum beside the global one: f(x, y) = (x² − 1)² + 0.3 x + y², "
                               "from (2, 1), 200 steps")
    assert lines[2].split()[:2] == ["sgd:lr=0.05", "0.9601"] and lines[3].split()[1] == "-1.0356"


@pytest.mark.parametrize("args, fragments", [
    (("--contestant", "sgd:lr=fast"), ("'sgd:lr=fast'", "not a number")),
    (("--contestant", "adamm"), ("unknown optimizer 'adamm'",)),
    (("--contestant", "sgd:lr=-1"), ("lr must be >= 0",)),
    (("--contestant", "adam:momentum=0.9"), ("'adam:momentum=0.9': adam has no setting momentum; its settings are "
                                             "lr, betas, eps, weight_decay",)),
    (("--contestant", "adam", "--contestant", "adam"), ("given twice",)),
    (("--surface", "banana"), ("unknown surface 'banana'; choose one of rosenbrock, beale, himmelblau, saddle, "
                               "bowl, elongated, local_minimum",)),
    (("--surface", "bowl", "--start", "1"), ("--start", "two numbers")),
    (("--surface", "bowl", "--seeds", "3"), ("--seeds and --tune",)),
    (("--seeds", "0"), ("--seeds", ">= 1")),
])
def test_race_bad_arguments_exit_2_with_one_line(args, fragments):
    assert_one_line_error(run("race", "--dataset", "xor", "--steps", "5", *args), *fragments)


@pytest.mark.parametrize("contestant, message", [
    ("adam:beta_1=0.9", "write betas=0.9/0.999 instead of beta_1=..."),
    ("rmsprop:rho=0.9", "write alpha=0.99 instead of rho=..."),
    ("adam:betas=0.9", "betas takes two numbers separated by a slash, e.g. betas=0.9/0.999 (got betas=0.9)"),
    ("adam:betas=0.9/0.99/0.5", "betas takes two numbers separated by a slash"),
    ("adam:betas=0.9/1.5", "in betas=B1/B2, B2 must be in [0, 1) (got 1.5)"),
    ("adam:betas=-1/0.9", "in betas=B1/B2, B1 must be in [0, 1) (got -1)"),
    ("sgd:nesterov=1", "nesterov is true or false, e.g. nesterov=true (got nesterov=1)"),
    ("sgd:lr=true", "lr takes one number, e.g. lr=0.1 (got lr=true)"),
    ("sgd:momentum=0.9/0.9", "momentum takes one number, e.g. momentum=0.1 (got momentum=0.9/0.9)"),
    ("sgd:nesterov=true", "nesterov=true needs momentum above 0 and dampening=0, e.g. "
                          "sgd:lr=0.1,momentum=0.9,nesterov=true"),
    ("sgd:clipnorm=1", "sgd has no setting clipnorm (gradient clipping is not supported)"),
])
def test_a_contestants_mistake_is_said_in_the_syntax_of_contestant(contestant, message):
    """The optimizer's own messages name Python's arguments ("betas must be a pair (beta1, beta2)", "Adam() uses
    PyTorch's argument names: write betas=(beta_1, beta_2)", "nesterov must be True or False"): on the command
    line each names what is typed there, after the contestant it is about."""
    proc = run("race", "--dataset", "xor", "--steps", "5", "--contestant", contestant)
    assert_one_line_error(proc, f"nnstudio race: error: {contestant!r}: {message}")
    for python in ("()", "(beta", "True", "False", "=="):
        assert python not in proc.stderr.replace(contestant, ""), python


@pytest.mark.parametrize("language, options, message", [
    ("en", ("--start", "1,2"), "nnstudio race: error: --start: only for a race on a loss surface; give --surface NAME "
                               "too, or leave them out"),
    ("en", ("--kappa", "5", "--gradient-noise", "0.1"), "nnstudio race: error: --kappa --gradient-noise: only for"),
    ("ko", ("--gradient-noise", "0.1"), "nnstudio race: 오류: --gradient-noise: 손실 곡면 위의 경주에만 쓰는 옵션입니다. "
                                        "--surface NAME도 주거나 이 옵션을 빼세요"),
])
def test_surface_options_without_a_surface_are_said_not_ignored(language, options, message):
    """A race on a network ran as if --start, --kappa or --gradient-noise had not been given."""
    proc = run("race", "--dataset", "xor", "--steps", "3", *options, env={"NNSTUDIO_LANG": language})
    assert_one_line_error(proc, message)


@pytest.mark.parametrize("language, options, message", [
    ("en", ("--dataset", "mnist"), "nnstudio race: error: --dataset: not used by a race on a loss surface, which "
                                   "descends a function of two parameters; leave them out, or race a network "
                                   "without --surface"),
    ("en", ("--batch-size=32", "--lay", "3", "--target-loss", "0.1"), "error: --layers --batch-size --target-loss: "
                                                                      "not used by a race on a loss surface"),
    ("ko", ("--dtype", "float64"), "nnstudio race: 오류: --dtype: 손실 곡면 위의 경주는 매개변수 두 개의 함수를 "
                                   "내려가므로 이 옵션을 쓰지 않습니다"),
    ("en", ("--surface", "rosenbrock", "--kappa", "3"), "nnstudio race: error: --kappa: only for the bowl surface "
                                                        "(its condition number); leave it out with rosenbrock"),
])
def test_network_options_of_a_surface_race_are_said_not_ignored(language, options, message):
    """'race --surface bowl --dataset mnist' (or --layers, --batch-size, --target-loss, --kappa on rosenbrock)
    descended the surface as if they had not been given."""
    proc = run("race", "--surface", "bowl", "--steps", "3", *options, env={"NNSTUDIO_LANG": language})
    assert_one_line_error(proc, message)


def test_a_surface_race_takes_its_own_options():
    proc = run("race", "--surface", "bowl", "--kappa", "3", "--start", "1,1", "--gradient-noise", "0.1", "--seed",
               "1", "--steps", "3", "--contestant", "adam")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.startswith("Ill-conditioned bowl: f(x, y) = ½ (x² + 3 y²), from (1, 1), 3 steps")


def test_an_onnx_export_with_training_options_names_them_in_one_sentence(tmp_path):
    """"leave out --dataset, which are for ...": one option, a plural verb; the Korean put a particle after it."""
    model = _trained_model_file(tmp_path)
    proc = run("export", model, "--out", tmp_path / "m.onnx", "--dataset", "circle")
    assert_one_line_error(proc, "an ONNX file holds only the network that predicts: leave out --dataset (for the "
                                "PyTorch script's training part)")
    proc = run("export", model, "--out", tmp_path / "m.onnx", "--dataset", "circle", "--batch-size", "8",
               env={"NNSTUDIO_LANG": "ko"})
    assert_one_line_error(proc, "ONNX 파일에는 예측하는 신경망만 들어갑니다. 다음 옵션은 PyTorch 스크립트의 학습 부분에 쓰는 "
                                "옵션이니 빼세요: --dataset --batch-size")


@pytest.mark.parametrize("dataset, options, language, message", [
    ("xor", ("--points", "100"), "en", "nnstudio train: error: --points: only for a generated toy set such as "
                                       "xor_cloud or moons; 'xor' has its own points, so leave them out"),
    ("mnist", ("--points", "10", "--noise", "0.1"), "en", "--points --noise: only for a generated toy set"),
    ("xor", ("--noise", "0.2"), "ko", "nnstudio train: 오류: --noise: xor_cloud나 moons 같은 생성형 연습용 데이터셋에만 쓰는 "
                                      "옵션입니다. 'xor' 데이터셋에는 정해진 점들이 있으니 이 옵션을 빼세요"),
])
def test_size_and_noise_of_a_set_that_has_its_own_are_refused(tmp_path, dataset, options, language, message):
    """`train --dataset xor --points 100` trained on the lecture's 4 points without a word."""
    proc = run("train", "--dataset", dataset, *options, "--data-dir", tmp_path, env={"NNSTUDIO_LANG": language})
    assert_one_line_error(proc, message)


def test_a_huge_noise_is_refused_as_such_not_as_missing_values():
    """--noise 1e308 made points of float32 infinity: "x holds NaN or infinite values ...; remove those samples or
    fill in the missing values first", after a NumPy warning."""
    assert_one_line_error(run("train", "--dataset", "moons", "--noise", "1e308"),
                          "nnstudio train: error: moons: noise must be a number from 0 to 10, got 1e+308")


def test_a_surface_raced_from_far_away_keeps_a_readable_table():
    """A start of 1e200 filled the x and distance columns with 200-digit numbers."""
    proc = run("race", "--surface", "rosenbrock", "--start", "1e200,1", "--steps", "5", "--contestant", "adam")
    assert proc.returncode == 0, proc.stderr
    row = proc.stdout.splitlines()[-1].split()
    assert row[:3] == ["adam", "1e+200", "1.0000"] and max(map(len, row)) < 20


def test_an_unknown_surface_lists_only_the_surfaces_the_shell_can_race():
    """The list offered the network slice too, which the shell then refused ("needs a network")."""
    proc = run("race", "--surface", "banana")
    assert_one_line_error(proc, "local_minimum")
    assert "network" not in proc.stderr


def test_race_imports_no_qt():
    code = ("import sys\n"
            "from nnstudio.cli import main\n"
            "rc = main(['race', '--dataset', 'xor', '--steps', '5', '--json'])\n"
            "qt = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'pyqtgraph', 'shiboken6'))\n"
            "sys.stderr.write(f'rc={rc} qt={qt}')\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.stderr.strip().endswith("rc=0 qt=[]"), proc.stderr


def test_a_run_that_diverges_with_a_finite_loss_stops_too():
    # Adam at lr 1e6 on the moons runs on at a loss of ~1e5 without ever reaching NaN
    proc = run("train", "--dataset", "moons", "--layers", "8,8", "--optimizer", "adam", "--lr", "1e6",
               "--epochs", "20", "--quiet")
    assert proc.returncode == 1, proc.stderr
    assert "training diverged" in proc.stderr and "--lr 100000" in proc.stderr
    assert proc.stdout.count("Epoch ") == 1


def test_a_network_too_large_for_the_memory_limit_is_a_one_line_error():
    proc = run("train", "--dataset", "xor", "--layers", "100000,100000", env={"NNSTUDIO_MEMORY_LIMIT": "2G"})
    assert_one_line_error(proc, "10,000,500,001 weights", "more than the limit of 2.0 GiB")


def test_a_race_or_a_sweep_too_large_for_the_memory_limit_is_a_one_line_error():
    # one 2-2000-2000-1 network fits in 200 MB; five contestants (or five times eight seeds) at once do not
    proc = run("race", "--layers", "2000,2000", "--steps", "2", env={"NNSTUDIO_MEMORY_LIMIT": "200M"})
    assert_one_line_error(proc, "error: training 5 networks at once", "more than the limit of 200.0 MiB")
    proc = run("race", "--layers", "2000,2000", "--steps", "2", "--seeds", "8", env={"NNSTUDIO_MEMORY_LIMIT": "200M"})
    assert_one_line_error(proc, "error: training 40 networks at once", "more than the limit of 200.0 MiB")


def test_the_issues_ten_million_unit_layer_on_mnist_is_a_one_line_error():
    from nnstudio.data.mnist import is_available

    if not is_available("mnist"):
        pytest.skip("MNIST not found (set NNSTUDIO_DATA)")
    proc = run("train", "--layers", "10000000", env={"NNSTUDIO_MEMORY_LIMIT": "4G"})
    assert_one_line_error(proc, "7,950,000,010 weights", "limit of 4.0 GiB")


# -- the documentation ---------------------------------------------------------------------------------------
COMMAND_LINE_DOC = Path(__file__).resolve().parents[1] / "docs" / "command-line.md"


def _options(parser):
    return {s for action in parser._actions for s in action.option_strings if s.startswith("--")}


def _doc_sections():
    """{command: the text of docs/command-line.md that documents it}."""
    doc = COMMAND_LINE_DOC.read_text(encoding="utf-8")
    first, race, export, data = re.split(r"^## .*$", doc, flags=re.M)
    return doc, {"nnstudio": first, "gui": first, "train": first, "race": race, "export": export, "download": data}


def test_every_option_of_every_command_is_in_the_command_line_doc_and_back():
    """Each command's options are named where the doc describes that command (`download --quiet` was not, nor
    that race takes train's --layers, --dataset, ...); an option the doc names that no command takes would send a
    student to an error."""
    from nnstudio.cli import build_parser
    parser = build_parser()
    doc, sections = _doc_sections()
    for command, sub in [("nnstudio", parser), *parser.command_parsers.items()]:
        named = set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", sections[command]))
        missing = sorted(option for option in _options(sub) - {"--help"} if option not in named)
        assert not missing, f"{command}: {missing} not in its part of docs/command-line.md"
    taken = set().union(_options(parser), *map(_options, parser.command_parsers.values()))
    named = set(re.findall(r"(?<![\w-])--[a-z][a-z-]*", doc))
    assert named <= taken, f"the doc names options no command takes: {sorted(named - taken)}"


@pytest.mark.parametrize("args, quoted", [
    (("race", "--start", "1,1"), "only for a race on a loss surface; give --surface NAME too, or leave them out"),
    (("foo.txt",), "foo.txt: no such file"),
    (("download", "mnist", "--mirror", "foo"), "https:// or http://"),
])
def test_the_messages_the_command_line_doc_quotes_are_the_programs(tmp_path, args, quoted):
    """The doc said nothing of the refused surface options, a missing file or --mirror's web address."""
    doc = " ".join(COMMAND_LINE_DOC.read_text(encoding="utf-8").replace("`", "").split())
    assert quoted in doc
    proc = subprocess.run([sys.executable, "-m", "nnstudio", *args], capture_output=True, text=True, cwd=tmp_path,
                          timeout=120)
    assert proc.returncode == 2 and quoted in proc.stderr, proc.stderr
