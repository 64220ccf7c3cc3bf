"""The ``nnstudio`` command in Korean (``--lang ko``, NNSTUDIO_LANG=ko, a Korean locale): help, messages and
errors from the app's translation file; JSON output and English runs unchanged."""
from __future__ import annotations

import io
import json
import math
import re
import subprocess
import sys
from contextlib import redirect_stdout
from types import SimpleNamespace

import pytest

from nnstudio import cli, cli_language
from tests.test_cli import assert_one_line_error, run

HANGUL = re.compile("[\uac00-\ud7a3]")
KO = {"NNSTUDIO_LANG": "ko"}


@pytest.fixture
def korean():
    assert cli_language.use_language("ko") == "ko", "the shipped Korean translation does not load"
    yield
    cli_language.use_language("en")


@pytest.mark.parametrize("argv, env, expected", [
    (["--lang", "ko", "train"], {}, "ko"),
    (["--lang=ko", "train"], {}, "ko"),
    (["--lang", "en", "train"], {"NNSTUDIO_LANG": "ko"}, "en"),        # the option wins over the variable
    (["train"], {"NNSTUDIO_LANG": "ko"}, "ko"),
    (["export", "m.npz", "--lang", "ko"], {}, "en"),    # export's --lang is the script's language, not ours
    (["train"], {"LANG": "ko_KR.UTF-8"}, "ko"),
    (["train"], {"LANG": "ko_KR.UTF-8", "LC_ALL": "C.UTF-8"}, "en"),   # LC_ALL decides, as in the C library
    (["train"], {}, "en"),
])
def test_the_language_of_the_command(monkeypatch, argv, env, expected):
    for name in ("NNSTUDIO_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        monkeypatch.delenv(name, raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert cli_language.requested_language(argv) == expected


def test_korean_help_comes_from_the_translation_without_numpy():
    code = ("import sys\n"
            "from nnstudio.cli import main\n"
            "try:\n    main(['--lang', 'ko', 'train', '--help'])\nexcept SystemExit:\n    pass\n"
            "assert 'numpy' not in sys.modules\n")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    help_text = proc.stdout
    assert help_text.startswith("사용법: nnstudio train")
    for text in ("옵션:", "학습률", "에폭", "--batch-size", "(기본값: mnist)", "이 도움말을 보여 주고 끝냅니다"):
        assert text in help_text, text
    english = run("train", "--help").stdout
    assert english.startswith("usage: nnstudio train") and not HANGUL.search(english)


def test_korean_errors_stay_one_line():
    proc = run("train", "--dataset", "xor", "--epochs", "0", env=KO)
    assert_one_line_error(proc, "인자 --epochs", "1 이상의 정수", "'nnstudio train --help' 참고")
    assert_one_line_error(run("train", "--dataset", "xorr", env=KO), "알 수 없는 데이터셋 'xorr'", "xor")
    # the engine's own errors (TranslatableError) are translated too
    proc = run("train", "--dataset", "xor", "--activation", "softmax", "--epochs", "1", env=KO)
    assert_one_line_error(proc, "nnstudio train: 오류:", "softmax는 다중 클래스 신경망의 출력층에 쓰는")
    assert_one_line_error(run("--lang", "ko", "train", "--nope"), "알 수 없는 인자: --nope")


def test_the_operating_systems_reasons_are_korean(korean):
    """A reason from the operating system inside an error, or an exception on its own, in Korean."""
    import errno

    from nnstudio.engine.files import ModelFileError
    from nnstudio.i18n import QT_TRANSLATE_NOOP, why
    error = ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: cannot be read ({reason})."), name="m.nnmodel",
                           reason=why(OSError(errno.ENOSPC, "No space left on device")))
    assert cli_language.translated(error) == "m.nnmodel: 읽을 수 없습니다(디스크가 가득 참)."
    assert cli_language.translated(IsADirectoryError(errno.EISDIR, "Is a directory")) == "폴더임"


def test_the_scaled_pixels_note_is_the_studios_korean(korean, tmp_path):
    """The command line and the studio wrote "divided by 255" from two texts (contexts "cli" and
    "DatasetLoader"), translated twice; now both show the data layer's one note."""
    import numpy as np
    from PySide6.QtCore import QTranslator

    from nnstudio.data.paths import resources_dir
    from nnstudio.data.tabular import load_training_csv
    table = tmp_path / "train.csv"
    table.write_text("label," + ",".join(f"p{i}" for i in range(784)) + "\n"
                     + "\n".join(f"{k % 2}," + ",".join(str(v) for v in np.arange(784) % 256) for k in range(10)))
    _data, note = load_training_csv(table)
    korean = ("train.csv 파일에는 0부터 255까지의 28×28 픽셀 값이 있습니다. MNIST와 그리기 패드처럼 0부터 1 사이가 되도록 "
              "255로 나누었습니다.")
    assert cli_language.translated(note) == korean
    translator = QTranslator()
    assert translator.load(str(resources_dir() / "translations" / "nnstudio_ko.qm"))
    assert translator.translate(note.context, note.template).format(**note.arguments) == korean
    # (no second copy left to translate apart)
    assert translator.translate("cli", note.template) == ""
    assert translator.translate("DatasetLoader", note.template.replace("{name}", "{0}")) == ""


def test_korean_training_output_and_unchanged_json():
    proc = run("train", "--dataset", "xor", "--layers", "4", "--epochs", "2", "--quiet", env=KO)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert lines[0].startswith("2-4-1 학습 (4 relu, sigmoid 출력, binary_crossentropy): adam lr 0.001")
    assert lines[1] == "데이터: xor, 학습 샘플 4개, 검증 샘플 0개, 테스트 샘플 4개"
    assert re.fullmatch(r"에폭 1/2 - \d+\.\d초 - 초당 [\d,]+ 샘플 - 손실: \d\.\d{4} - 정확도: \d\.\d{4}", lines[2]), lines[2]
    assert lines[-1].startswith("테스트 손실 ") and "테스트 정확도" in lines[-1]
    ko = run("train", "--dataset", "xor", "--layers", "4", "--epochs", "2", "--json", env=KO)
    en = run("train", "--dataset", "xor", "--layers", "4", "--epochs", "2", "--json")
    keys = [sorted(json.loads(line)) for line in ko.stdout.splitlines()]
    assert keys == [sorted(json.loads(line)) for line in en.stdout.splitlines()] and len(keys) == 3


# the names a Korean line keeps as the lectures write them: data, layers, losses, optimizers, types, files
NAMES = {"xor", "moons", "spiral", "relu", "tanh", "sigmoid", "binary_crossentropy", "adam", "sgd", "lr",
         "momentum", "float", "SGD", "Adagrad", "RMSprop", "Adam", "Rosenbrock", "x", "y", "f", "mnist"}


@pytest.mark.parametrize("args", [
    ("train", "--dataset", "moons", "--epochs", "2", "--val-split", "0.2", "--save", "m.npz"),
    ("race", "--dataset", "spiral", "--contestant", "sgd:lr=0.1", "--contestant", "adam:lr=0.01", "--steps", "300",
     "--target-loss", "0.5"),
    ("race", "--dataset", "xor", "--steps", "100", "--seeds", "3", "--target-loss", "0.5"),
    ("race", "--dataset", "xor", "--steps", "100", "--tune", "--tune-steps", "10"),
    ("race", "--surface", "rosenbrock", "--start", "-1.5,2", "--contestant", "adam:lr=0.05", "--steps", "50"),
    ("download", "mnist", "--check"),
])
def test_every_line_of_a_korean_command_is_korean(tmp_path, args):
    """`nnstudio --lang ko train` printed its epoch lines and progress bars in English ("Epoch 1/2 - 0.0s -
    2,881 samples/s - loss: ..."); every line of the documented commands is Korean now, with only the names of
    data, layers, losses, optimizers and files in Latin letters."""
    from nnstudio.data.mnist import is_available
    if args[0] == "download" and not is_available("mnist"):
        pytest.skip("MNIST not found (set NNSTUDIO_DATA)")
    proc = subprocess.run([sys.executable, "-m", "nnstudio", "--lang", "ko", *args], capture_output=True, text=True,
                          cwd=tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stderr
    lines = (proc.stdout + proc.stderr).splitlines()
    assert lines
    assert HANGUL.search(lines[0])
    for line in lines:
        # (paths, file names and the fingerprints of the weights and the batches aside)
        text = re.sub(r"\S*/\S*|\S+\.(npz|gz)\b|\b[0-9a-f]{12}\b", "", line)
        words = set(re.findall(r"[A-Za-z][A-Za-z_]*", text)) - NAMES
        assert not words, line


def test_a_korean_results_table_lines_up_in_a_terminal(korean):
    """Hangul takes two columns: the numbers still line up under their titles."""
    rows = [{"contestant": "Momentum", "loss": 0.25, "diverged_at": None},
            {"contestant": "adam:lr=0.01", "loss": 0.125, "diverged_at": 12}]
    columns = [(cli_language.translate("cli", "loss"), lambda r: f"{r['loss']:.4f}"),
               ("", lambda r: f"diverged at step {r['diverged_at']}" if r["diverged_at"] else "")]
    out = io.StringIO()
    with redirect_stdout(out):
        cli._print_results(SimpleNamespace(json=False), ["제목"], rows, columns)
    title, header, first, second = out.getvalue().splitlines()
    assert header.split() == ["참가자", "손실"] and first.split() == ["모멘텀", "0.2500"]
    # right-aligned numbers end in the same terminal column as their title
    assert cli_language.width(header) == cli_language.width(first)
    assert cli_language.width(second[:len(second.rstrip().rsplit("  ", 1)[0])]) == cli_language.width(header)


def test_width_counts_hangul_twice():
    assert cli_language.width("loss") == 4 and cli_language.width("손실") == 4 and cli_language.width("a손") == 3


def test_korean_race_header_counts_samples_and_steps():
    proc = run("race", "--dataset", "xor", "--steps", "1", "--contestant", "adam", env=KO)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.splitlines()[0].endswith("xor: 학습 샘플 4개, 전체 배치, 1 스텝, 시드 0")


@pytest.mark.parametrize("kind", ["mnist", "fashion"])
def test_the_korean_download_hint_reads_right_after_either_dataset_name(tmp_path, kind):
    # 'mnist' ends in a vowel when read aloud, 'fashion' in a consonant: no particle may hang on the name itself
    # ("`nnstudio download fashion`를" was wrong); "명령" carries it for both
    nowhere = tmp_path / "nowhere"
    proc = run("--lang", "ko", "train", "--dataset", kind, "--data-dir", nowhere, drop=("NNSTUDIO_DATA",))
    assert_one_line_error(proc, f"'nnstudio download {kind} --dest {nowhere}' 명령으로 그 폴더에 내려받거나")
    proc = run("--lang", "ko", "download", kind, "--check", "--dest", nowhere, drop=("NNSTUDIO_DATA",))
    assert_one_line_error(proc, f"`nnstudio download {kind} --dest {nowhere}` 명령을 실행하거나")


def test_too_few_or_too_many_points_for_a_toy_set_is_said_in_korean_too():
    """--points 3 for the spiral answered "spiral: n is the number of points and must be an integer >= 4", in
    English whatever the language, about an "n" the student never typed; --points 2000000000 filled 10 GB of
    memory without a word."""
    english = run("train", "--dataset", "spiral", "--points", "3", "--quiet")
    assert_one_line_error(english, "spiral takes from 4 to 1,000,000 points (got 3)")
    korean = run("--lang", "ko", "train", "--dataset", "spiral", "--points", "3", "--quiet")
    assert_one_line_error(korean, "spiral 데이터의 점 수는 4부터 1,000,000까지입니다(받은 값: 3)")
    too_many = run("race", "--dataset", "moons", "--points", "2000000000", timeout=30)
    assert_one_line_error(too_many, "moons takes from 4 to 1,000,000 points (got 2000000000)")


def test_an_unknown_download_is_said_in_korean_too():
    """`nnstudio --lang ko download cifar` answered in English ("unknown dataset kind 'cifar': use ...")."""
    assert_one_line_error(run("download", "cifar"), "unknown dataset 'cifar'; choose mnist or fashion")
    assert_one_line_error(run("--lang", "ko", "download", "cifar"),
                          "알 수 없는 데이터셋 'cifar'. mnist나 fashion 중에서 고르세요")


@pytest.mark.parametrize("contestant, korean_text", [
    ("adam:beta_1=0.9", "'adam:beta_1=0.9': beta_1=... 대신 betas=0.9/0.999 형식으로 쓰세요(설정 이름은 PyTorch를 따릅니다)"),
    ("adam:foo=1", "'adam:foo=1': adam에는 foo 설정이 없습니다. 쓸 수 있는 설정: lr, betas, eps, weight_decay, amsgrad"),
    ("sgd:clipnorm=1", "'sgd:clipnorm=1': sgd에는 clipnorm 설정이 없습니다(기울기 클리핑은 지원하지 않습니다)"),
    ("adam:betas=0.9", "'adam:betas=0.9': betas에는 betas=0.9/0.999처럼 빗금(/)으로 구분한 두 수를 쓰세요(받은 값: betas=0.9)"),
    ("adam:betas=0.9/1.5", "'adam:betas=0.9/1.5': betas=B1/B2의 B2는 [0, 1) 범위여야 합니다(받은 값: 1.5)"),
    ("adam:betas=1/0.9", "betas=B1/B2의 B1은 [0, 1) 범위여야 합니다(받은 값: 1)"),
    ("sgd:nesterov=yes", "'sgd:nesterov=yes': 'yes' 값은 수가 아닙니다"),
    ("sgd:nesterov=1", "'sgd:nesterov=1': nesterov에는 nesterov=true처럼 true나 false를 쓰세요(받은 값: nesterov=1)"),
    ("sgd:lr=true", "'sgd:lr=true': lr에는 lr=0.1처럼 수 하나를 쓰세요(받은 값: lr=true)"),
    ("sgd:nesterov=true", "'sgd:nesterov=true': nesterov=true에는 0보다 큰 momentum과 dampening=0이 필요합니다. 예: "
                          "sgd:lr=0.1,momentum=0.9,nesterov=true"),
    ("adam:lr", "'adam:lr': 설정은 sgd:lr=0.1,momentum=0.9처럼 쉼표로 구분한 name=value 형식으로 쓰세요"),
    ("adam:lr=yes", "'adam:lr=yes': 'yes' 값은 수가 아닙니다. lr=0.01, betas=0.9/0.999, nesterov=true처럼 쓰세요"),
    ("sgd:lr=-1", "lr 설정은 0 이상이어야 합니다(받은 값: -1.0)"),
    ("sgd:lr=inf", "lr 설정은 0 이상의 유한한 수여야 합니다(받은 값: inf)"),
    ("adam:amsgrad=2", "amsgrad에는 amsgrad=true처럼 true나 false를 쓰세요(받은 값: amsgrad=2)"),
    ("adamm", "알 수 없는 옵티마이저 'adamm'. 다음 중에서 고르세요: adagrad, adam, adamw, rmsprop, sgd"),
])
def test_a_mistyped_contestant_is_explained_in_korean(korean, contestant, korean_text):
    """--contestant's mistakes (the settings' syntax, the optimizer's names and ranges) are the engine's
    translatable errors: under --lang ko the whole message is Korean, not an English sentence."""
    from nnstudio.engine import race
    with pytest.raises(ValueError) as caught:
        race.parse_contestant(contestant)
    assert korean_text in cli_language.translated(caught.value)


def test_a_mistyped_contestant_on_the_korean_command_line():
    proc = run("race", "--dataset", "moons", "--steps", "5", "--contestant", "adam:epsilon=1e-8", env=KO)
    assert_one_line_error(proc, "nnstudio race: 오류: 'adam:epsilon=1e-8': epsilon=... 대신 eps=1e-08 형식으로 쓰세요(설정 "
                                "이름은 PyTorch를 따릅니다)")


@pytest.mark.parametrize("divergence, korean_text", [
    (("loss", 3, 1.4e5, 0.7, 100.0), "스텝 3에서 손실이 처음 값 0.7의 100배를 넘는 1.4e+05에 이르렀습니다. 학습이 발산했습니다. "
                                     "0.1보다 작은 학습률(예: 0.01)을 써 보세요."),
    (("nan", 4, math.nan), "스텝 4에서 손실이 NaN 값이 되었습니다. 학습이 발산했습니다. 0.1보다 작은 학습률(예: 0.01)을 써 보세요."),
    (("weights", 5, 2.0, None, None, 3e6), "스텝 5에서 가중치 하나가 3e+06에 이르렀습니다. 학습이 발산했습니다. "),
])
def test_the_korean_divergence_message_is_whole_sentences(korean, divergence, korean_text):
    """What happened is a whole polite sentence, then "학습이 발산했습니다" (it was a clause without a verb,
    "스텝 3에서 손실이 1.4e+05(처음 값 0.7의 100배 초과): 학습이 발산했습니다")."""
    from nnstudio.engine.divergence import Divergence
    assert cli_language.translated(Divergence(*divergence).message(0.1)).startswith(korean_text)


def test_a_diverging_korean_run_says_so_in_whole_sentences(tmp_path):
    proc = run("train", "--dataset", "sine", "--optimizer", "sgd", "--lr", "1000", "--epochs", "20", "--quiet",
               "--save", tmp_path / "m.npz", env=KO)
    assert proc.returncode == 1
    line = proc.stderr.strip().splitlines()[-1]
    assert re.fullmatch(r"nnstudio train: 에폭 \d+, 스텝 \d+에서 손실이 (처음 값 \S+의 100배를 넘는 \S+에 이르렀습니다|NaN 값이 "
                        r"되었습니다|무한대 값이 되었습니다)\. 학습이 발산했습니다\. --lr 1000보다 작은 학습률\(예: --lr 100\)을 "
                        r"써 보세요\. 아무것도 저장하지 않았습니다\.", line), line


def test_a_training_step_is_a_korean_step_and_an_epoch_an_epoch():
    """The command line and the errors say 스텝 and 에폭 as the lectures do; "steps per second" was 초당 단계 (단계
    means a stage) and "an epoch" 에포크 in the Errors context."""
    from xml.etree import ElementTree

    from nnstudio.data.paths import resources_dir
    tree = ElementTree.parse(resources_dir() / "translations" / "nnstudio_ko.ts")
    wrong = []
    for context in tree.getroot().iter("context"):
        if context.findtext("name") not in ("cli", "Errors"):
            continue
        for message in context.iter("message"):
            source = message.findtext("source")
            korean = " ".join(message.find("translation").itertext())
            if re.search(r"\bsteps?\b", source, re.I) and "단계" in korean or "에포크" in korean:
                wrong.append(korean)
    assert not wrong, wrong


@pytest.mark.parametrize("record", [(1, 0.25, 0.5, None, None, 1.25, 12345.6), (0, 0.5, None, 0.75, None, 0.0, math.inf),
                                    (2, 1.0, 0.125, 2.0, 0.875, 3.0, 10.0)])
def test_the_english_epoch_line_is_the_engines(record):
    """The command's translated epoch line reads in English exactly as the engine's fit(verbose=1) prints it."""
    from nnstudio.engine.callbacks import EpochRecord, epoch_line
    assert cli_language.use_language("en") == "en"
    assert cli._epoch_line(EpochRecord(*record), 5) == epoch_line(EpochRecord(*record), 5)
