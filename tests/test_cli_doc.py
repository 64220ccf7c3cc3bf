"""The commands of docs/command-line.md run as written, in English and in Korean, and do what the doc says.

Each ```sh block's commands are taken from the doc (a backslash continues a line, ``# ...`` is a comment,
``[--option value]`` an optional part, run once without and once with each), so the doc cannot drift from the
program unnoticed. Trainings are cut with the doc's own ``--epochs 1``, races with ``--steps 300``; the desktop app
and downloads are not run.
"""
from __future__ import annotations

import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from nnstudio.cli import FILE_KINDS
from tests.test_cli_korean import HANGUL, NAMES

DOC = Path(__file__).resolve().parents[1] / "docs" / "command-line.md"


def doc_commands() -> list[tuple[str, str]]:
    """[(command line, its comment)] of the doc's ```sh blocks, in the doc's order."""
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", DOC.read_text(encoding="utf-8"), re.S):
        for line in re.sub(r"\\\n\s*", "", block).splitlines():
            command, _, comment = line.partition("#")
            if command.strip():
                commands.append((" ".join(command.split()), comment.strip()))
            elif commands and comment:
                commands[-1] = (commands[-1][0], f"{commands[-1][1]} {comment.strip()}")
    return commands


def variants(command: str) -> list[list[str]]:
    """The command without its optional ``[...]`` parts, then with each of them."""
    optional = re.findall(r"\[([^\]]+)\]", command)
    base = re.sub(r"\s*\[[^\]]+\]", "", command)
    return [shlex.split(base)] + [shlex.split(base) + shlex.split(part) for part in optional]


def run(argv: list[str], cwd: Path, language: str = "en") -> subprocess.CompletedProcess:
    env = {**os.environ, "NNSTUDIO_LANG": language, "NNSTUDIO_HOME": str(cwd / "home")}
    return subprocess.run([sys.executable, "-m", "nnstudio", *argv[1:]], capture_output=True, text=True, cwd=cwd,
                          env=env, timeout=300)


def runnable() -> list[list[str]]:
    """The doc's commands this test runs: not the app, not a download, not a sketch with "..."."""
    out = []
    for command, _comment in doc_commands():
        argv = shlex.split(re.sub(r"\s*\[[^\]]+\]", "", command))
        if "..." in argv or len(argv) == 1 or argv[1] in ("gui", "download") or Path(argv[1]).suffix in FILE_KINDS:
            continue
        out.extend(variants(command))
    return out


def test_the_doc_shows_every_command():
    """The doc's examples cover every command (the test below runs the ones that need no display or network)."""
    from nnstudio.cli import build_parser
    shown = {shlex.split(command)[1] for command, _ in doc_commands()}
    assert set(build_parser().command_parsers) <= shown | {"gui"}, shown
    assert {"--help", "--version", "xor.nnsproj"} <= shown
    assert {argv[1] for argv in runnable()} == {"--help", "--version", "train", "race", "export"}


def test_the_doc_names_every_kind_of_file_nnstudio_file_opens():
    """`nnstudio FILE` opens a table, a model or a picture of a digit too (the doc spoke of projects only)."""
    doc = DOC.read_text(encoding="utf-8")
    paragraph = doc[doc.index("`nnstudio FILE`"):]
    paragraph = paragraph[:paragraph.index("\n\n")]
    for suffix in FILE_KINDS:
        assert f"`{suffix}`" in paragraph, suffix
    assert "nnstudio heights.csv" in doc


def test_the_help_lists_the_commands_the_doc_says_it_does(tmp_path):
    comment = dict(doc_commands())["nnstudio --help"]
    named = re.fullmatch(r"commands: (.*)", comment).group(1).split(", ")
    proc = run(["nnstudio", "--help"], tmp_path)
    assert proc.returncode == 0
    listed = re.findall(r"^    (\w+) ", proc.stdout, re.M)
    assert listed == named
    version = run(["nnstudio", "--version"], tmp_path)
    assert version.returncode == 0 and re.fullmatch(r"nnstudio \d+\.\d+\.\d+\n", version.stdout)


def _project(folder: Path) -> None:
    """The xor.nnsproj the doc's export example reads, as the studio saves it."""
    from nnstudio.engine.spec import NetworkSpec
    from nnstudio.session.project import Project, save_project
    spec = NetworkSpec.xor_default()
    save_project(folder / "xor.nnsproj", Project(spec=spec, training={"optimizer": "sgd", "lr": 3.0, "batch_size": 4,
                                                                      "seed": 0},
                                                 dataset_choice={"key": "xor"}, weights=spec.build().get_weights()))


def english_words(line: str, folder: Path) -> set[str]:
    """Latin words of a Korean line other than names (of data, layers, files, ...), paths and fingerprints."""
    text = re.sub(r"\S*/\S*|\S+\.(npz|gz|py|onnx|nnsproj)\b|\b[0-9a-f]{12}\b", "", line.replace(str(folder), ""))
    from nnstudio.engine import ACTIVATIONS, LOSSES, OPTIMIZERS
    return set(re.findall(r"[A-Za-z][A-Za-z_]*", text)) - NAMES - {*ACTIVATIONS, *LOSSES, *OPTIMIZERS}


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_command_line_doc_examples_run_and_say_what_the_doc_says(tmp_path, language):
    from nnstudio.data.mnist import is_available
    _project(tmp_path)
    ran, not_made = 0, set()
    for argv in runnable():
        command = argv[1]
        if "mnist" in argv and not is_available("mnist") or command == "export" and argv[2] in not_made:
            not_made.update(argv[i + 1] for i, a in enumerate(argv) if a in ("--save", "--out"))
            continue
        if argv[-1].endswith(".onnx"):
            pytest.importorskip("onnx")
        if command == "train":
            argv = [*argv, "--epochs", "1"]            # the doc's own option, the last one given wins
        elif command == "race":
            argv = [*argv, "--steps", "300"]           # (the doc's 2,000 steps took 4 s of each of six races)
        proc = run(argv, tmp_path, language)
        shown = " ".join(argv)
        assert proc.returncode == 0, f"{shown}: {proc.stderr}"
        assert "Traceback" not in proc.stderr and proc.stdout, shown
        lines = proc.stdout.splitlines()
        if command == "train":
            saved = argv[argv.index("--save") + 1]
            assert (tmp_path / saved).is_file(), shown
            assert lines[-1] == {"en": f"Saved the model to {saved}", "ko": f"모델을 저장했습니다: {saved}"}[language]
        elif command == "export":
            written = argv[argv.index("--out") + 1]
            assert (tmp_path / written).is_file(), shown
            assert lines[0] == {"en": f"wrote {written}", "ko": f"파일을 썼습니다: {written}"}[language]
            if "--lang" in argv:
                assert HANGUL.search((tmp_path / written).read_text(encoding="utf-8")), "comments in Korean"
        elif command == "race" and "--json" in argv:
            contestants = [json.loads(line)["contestant"] for line in lines]
            assert contestants == [argv[i + 1] for i, a in enumerate(argv) if a == "--contestant"], shown
        elif command == "race":
            for i, a in enumerate(argv):
                if a == "--contestant":
                    assert any(line.startswith(argv[i + 1] + " ") for line in lines), (shown, argv[i + 1])
        if language == "ko" and command == "--help":
            assert lines[0].startswith("사용법: nnstudio"), shown      # (the options keep their names)
        elif language == "ko" and "--json" not in argv and command != "--version":
            assert HANGUL.search(lines[0]), shown
            for line in (proc.stdout + proc.stderr).splitlines():
                assert not english_words(line, tmp_path), f"{shown}: {line}"
        ran += 1
    assert ran >= (9 if is_available("mnist") else 7)


def test_the_epoch_line_has_the_fields_in_the_order_the_doc_gives():
    """The doc listed "loss, accuracy, val_loss, val_accuracy, seconds, samples/s"; the line starts with the
    seconds and the samples/s, as Keras' does."""
    prose = " ".join(DOC.read_text(encoding="utf-8").split())
    fields = re.search(r"one line per epoch as Keras prints it \(([^;]*);", prose).group(1).split(", ")
    proc = subprocess.run([sys.executable, "-m", "nnstudio", "train", "--dataset", "moons", "--epochs", "1",
                           "--val-split", "0.2", "--quiet"], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "NNSTUDIO_LANG": "en"})
    line = next(line for line in proc.stdout.splitlines() if line.startswith("Epoch 1/1 - "))
    shown = [re.sub(r"^[\d.,]+", "", part).strip(" :0123456789.") or "?" for part in line.split(" - ")[1:]]
    assert shown == ["s", "samples/s", "loss", "accuracy", "val_loss", "val_accuracy"], line
    assert fields == ["seconds", "samples/s", "loss", "accuracy", "val_loss", "val_accuracy"]


def test_a_seed_sweep_prints_the_columns_the_doc_names():
    """The doc left out the column of the seeds that diverged."""
    prose = " ".join(DOC.read_text(encoding="utf-8").split())
    assert ("prints, per contestant, the median final loss, how many seeds diverged, how many reached the target "
            "loss and 100 % accuracy, and the median and interquartile range of the steps they needed") in prose
    proc = subprocess.run([sys.executable, "-m", "nnstudio", "race", "--dataset", "xor", "--steps", "50", "--seeds",
                           "2", "--target-loss", "0.5"], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "NNSTUDIO_LANG": "en"})
    header = proc.stdout.splitlines()[2]
    assert re.split(r"\s{2,}", header.strip()) == ["contestant", "median loss", "diverged", "reached 0.5", "steps",
                                                    "100% accuracy", "steps"], header


def test_a_csv_file_is_read_as_the_doc_says(tmp_path):
    """The doc named a .csv file for --dataset without saying which column is the label or what is tested on."""
    prose = " ".join(DOC.read_text(encoding="utf-8").split())
    assert ("one label column (the one named `label`, `class`, `target`, `category` or `output`, else the last), the "
            "problem type inferred from the labels, and a stratified 30 % of the rows held out as the test set") in prose
    rows = [f"{k % 3},{k / 200:.3f},{(k * 7) % 11}" for k in range(200)]
    (tmp_path / "points.csv").write_text("class,x1,x2\n" + "\n".join(rows) + "\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "nnstudio", "train", "--dataset", "points.csv", "--epochs", "1",
                           "--val-split", "0", "--quiet"], capture_output=True, text=True, timeout=120, cwd=tmp_path,
                          env={**os.environ, "NNSTUDIO_LANG": "en"})
    assert proc.returncode == 0, proc.stderr
    network, data = proc.stdout.splitlines()[:2]
    assert network.startswith("Training 2-64-3 (64 relu; softmax output, categorical_crossentropy)"), network
    assert data == "Data: points; 140 training, 0 validation and 60 test samples"


@pytest.mark.parametrize("dataset, said, shown", [
    ("sine", "regression → linear + MSE", "1-64-1 (64 relu; linear output, mse)"),
    ("moons", "binary → sigmoid + binary cross-entropy", "2-64-1 (64 relu; sigmoid output, binary_crossentropy)"),
    ("three_blobs", "multi-class → softmax + categorical cross-entropy",
     "2-64-3 (64 relu; softmax output, categorical_crossentropy)"),
    ("venn", "multi-label (`venn`: a point may lie in several discs) → one sigmoid per class + binary cross-entropy",
     "2-64-3 (64 relu; sigmoid output, binary_crossentropy)"),
])
def test_the_output_layer_and_loss_follow_the_problem_as_the_doc_says(dataset, said, shown):
    """The doc's table left out the multi-label set (venn), which trains three sigmoids."""
    assert said in " ".join(DOC.read_text(encoding="utf-8").split())
    proc = subprocess.run([sys.executable, "-m", "nnstudio", "train", "--dataset", dataset, "--epochs", "1",
                           "--quiet"], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "NNSTUDIO_LANG": "en"})
    assert proc.stdout.startswith(f"Training {shown} with adam"), proc.stdout
