"""The engine's and the data layer's messages to a learner can be translated: every error a script, a notebook, the
command line or the app can meet is a translatable one (its template marked under "Errors"), so under Korean it
reads in Korean — not an English sentence inside a Korean command line or dialog."""
from __future__ import annotations

import ast
import math
import re
from pathlib import Path

import numpy as np
import pytest

import nnstudio
from nnstudio import cli_language
from nnstudio.i18n import Translatable

PACKAGE = Path(nnstudio.__file__).parent
HANGUL = re.compile("[\uac00-\ud7a3]")
PLAIN = {"ValueError", "TypeError", "RuntimeError", "KeyError", "IndexError"}
# modules whose errors a learner never meets: the compiled kernels' self-tests at import
NOT_FOR_LEARNERS = {"_fused.py"}


def plain_raises(path: Path) -> list[str]:
    """The ``raise ValueError("...")`` (TypeError, RuntimeError) of a module whose text is a literal sentence."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if (isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) and isinstance(node.exc.func, ast.Name)
                and node.exc.func.id in PLAIN and node.exc.args
                and isinstance(node.exc.args[0], (ast.Constant, ast.JoinedStr))):
            found.append(f"{path.name}:{node.lineno}")
    return found


def test_no_engine_or_data_error_is_a_plain_english_sentence():
    """divergence.py's threshold message, "Unknown problem type", an optimizer config without a name, the model's
    shape checks, ... were ValueError(f"...") in English whatever the language."""
    plain = [where for folder in ("engine", "data") for path in sorted((PACKAGE / folder).glob("*.py"))
             if path.name not in NOT_FOR_LEARNERS for where in plain_raises(path)]
    assert plain == []


def raised(call):
    with pytest.raises(Exception) as caught:
        call()
    return caught.value


@pytest.fixture
def korean():
    assert cli_language.use_language("ko") == "ko"
    yield
    cli_language.use_language("en")


def learner_mistakes():
    from nnstudio.data.toy import load_dataset
    from nnstudio.engine import Sequential, activations, initializers, optimizers, surfaces
    from nnstudio.engine.divergence import DivergenceDetector
    from nnstudio.engine.layers import Dense, Dropout
    from nnstudio.engine.problems import problem_setup
    from nnstudio.engine.spec import NetworkSpec

    def model():
        m = Sequential([Dense(2, input_dim=3, activation="softmax")])
        m.compile(optimizer="sgd", loss="categorical_crossentropy")
        return m

    def race():
        from nnstudio.engine.race import Race, adam_vs_sgd
        return Race(model(), adam_vs_sgd())

    runs = []       # (a run's generator, kept: closing it ends the run)

    def running_race():
        the_race = race()
        runs.append(the_race.run(np.zeros((4, 3)), np.array([0, 1, 0, 1]), steps=5))
        next(runs[-1])
        return the_race

    def raced_one_step():
        the_race = race()
        for _ in the_race.run(np.zeros((4, 3)), np.array([0, 1, 0, 1]), steps=1):
            pass
        return the_race

    return {
        "divergence threshold": (lambda: DivergenceDetector(weight_bound=-1),
                                 "weight_bound must be a number > 0 (got -1); use math.inf to switch the check off",
                                 "weight_bound 값은 0보다 큰 수여야 합니다(받은 값: -1). 검사를 끄려면 math.inf를 쓰세요"),
        "problem type": (lambda: problem_setup("ranking"), "Unknown problem type 'ranking'",
                         "알 수 없는 문제 유형 'ranking'"),
        "optimizer config": (lambda: optimizers.get({"lr": 0.1}), "an optimizer config needs a 'name' entry",
                             "옵티마이저 설정에는 'name' 항목(adagrad, adam, adamw, rmsprop, sgd 중 하나)이 있어야 합니다"),
        "no optimizer": (lambda: optimizers.get(0.1), "an optimizer is a name such as 'adam'",
                         "옵티마이저는 'adam' 같은 이름"),
        "x columns": (lambda: model().predict(np.zeros((4, 5))), "The model expects 3 input features, but x has 5",
                      "모델은 입력 특성 3개를 기대하지만 x의 열은 5개입니다."),
        "labels": (lambda: model().fit(np.zeros((2, 3)), np.array([0, 7]), epochs=1),
                   "Class labels must lie in 0..1 for 2 output units (found 0..7).",
                   "출력 유닛이 2개이므로 클래스 레이블은 0..1 범위여야 합니다(찾은 범위: 0..7)."),
        "not compiled": (lambda: Sequential([Dense(1, input_dim=2)]).evaluate(np.zeros((1, 2)), [0.0]),
                         "Call model.compile(", "학습하거나 평가하기 전에 model.compile("),
        "NaN": (lambda: model().predict(np.array([[0.0, math.nan, 1.0]])), "x holds NaN or infinite values",
                "x에 NaN이나 무한대 값이 있습니다(첫 번째: 행 0, 열 1)."),
        "activation": (lambda: Dense(3, activation="relu6"), "Unknown activation 'relu6'",
                       "알 수 없는 활성화 함수 'relu6'"),
        "dropout": (lambda: Dropout(1.5),
                    "The dropout rate must be in [0, 1) (got 1.5).", "드롭아웃 비율은 [0, 1) 범위여야 합니다(받은 값: 1.5)."),
        "toy set": (lambda: load_dataset("donut"), "unknown dataset 'donut'", "알 수 없는 데이터셋 'donut'"),
        "contestant": (lambda: race().remove("Adma"), "No contestant named 'Adma'; the contestants are SGD, Adam.",
                       "이름이 'Adma'인 참가자는 없습니다. 참가자: SGD, Adam."),
        "running race": (lambda: running_race().remove("Adam"), "Cannot remove a contestant while the race runs",
                         "경주가 진행되는 동안에는 참가자를 뺄 수 없습니다."),
        "a race under way": (lambda: raced_one_step().add("Momentum", "sgd"), "The race has taken 1 step: a new",
                             "경주가 이미 1 스텝 진행되어"),
        # Python's TypeError text ("__init__() got an unexpected keyword argument 'alpah'") stood in English inside
        # the Korean sentence and named a method the learner never wrote
        "activation setting": (lambda: activations.get({"name": "leaky_relu", "alpah": 0.1}),
                               "'leaky_relu': it has no setting 'alpah'; its settings are alpha",
                               "'alpah' 설정은 없습니다. 쓸 수 있는 설정: alpha"),
        "activation without settings": (lambda: activations.get({"name": "relu", "alpha": 0.1}),
                                        "it takes no settings; leave out 'alpha'",
                                        "설정을 받지 않습니다. 'alpha' 항목을 빼세요"),
        "initializer setting": (lambda: initializers.get({"name": "glorot_uniform", "seed": 1}),
                                "it takes no settings; leave out 'seed'", "'seed' 항목을 빼세요"),
        "surface setting": (lambda: surfaces.get("bowl", kapa=2), "it has no setting 'kapa'; its settings are kappa",
                            "'kapa' 설정은 없습니다. 쓸 수 있는 설정: kappa"),
        "layer setting": (lambda: NetworkSpec.from_dict({"input_dim": 2, "hidden": [{"units": 3, "activaton": "relu"}],
                                                         "output": {"units": 1}}),
                          "Hidden layer 1: it has no setting 'activaton'; its settings are units, activation, ",
                          "네트워크 설명의 형식이 잘못되었습니다: 은닉층 1: 'activaton' 설정은 없습니다."),
        "layer without units": (lambda: NetworkSpec.from_dict({"input_dim": 2, "hidden": [],
                                                               "output": {"activation": "sigmoid"}}),
                                "Output layer: it needs the setting 'units'", "'units' 설정이 필요합니다"),
        "network entry": (lambda: NetworkSpec.from_dict({"input_dim": 2, "hidden": []}),
                          "Malformed network description: the entry 'output' is missing",
                          "네트워크 설명의 형식이 잘못되었습니다: 'output' 항목이 없습니다"),
        "epochs": (lambda: model().fit(np.zeros((2, 3)), np.array([0, 1]), epochs=-1),
                   "epochs must be a non-negative integer or None (got -1).",
                   "epochs는 0 이상의 정수나 None이어야 합니다(받은 값: -1)."),
    }


@pytest.mark.parametrize("mistake", list(learner_mistakes()))
def test_a_learners_mistake_reads_in_english_and_in_korean(korean, mistake):
    call, english, korean_text = learner_mistakes()[mistake]
    error = raised(call)
    assert isinstance(error, Translatable), type(error)
    assert isinstance(error, (ValueError, TypeError, RuntimeError, KeyError))
    assert english in str(error)                                # scripts: the English sentence, as before
    assert korean_text in cli_language.translated(error)        # the command line and the app: Korean


def test_a_diverged_network_is_refused_for_export_in_whole_korean_sentences(korean, tmp_path):
    """The export said "가중치 중에 유한하지 않은 값이 있습니다(학습이 발산함)": a clause without a verb."""
    from nnstudio.engine import Dense, Sequential
    from nnstudio.export import export_pytorch

    model = Sequential([Dense(2, input_dim=2, activation="sigmoid")])
    model.compile(optimizer="sgd", loss="binary_crossentropy")
    weights = model.get_weights()
    weights[0][0, 0] = math.nan
    model.set_weights(weights)
    error = raised(lambda: export_pytorch(model, tmp_path / "m.py"))
    assert cli_language.translated(error) == ("학습이 발산해서 가중치 중에 유한하지 않은 값이 있습니다. 가중치를 초기화하거나 "
                                              "더 작은 학습률로 다시 학습시킨 뒤 내보내세요.")


def korean_texts(*contexts: str):
    """The Korean translations (each plural form on its own) of the messages of ``contexts`` in nnstudio_ko.ts."""
    from xml.etree import ElementTree

    root = ElementTree.parse(PACKAGE.parent / "resources" / "translations" / "nnstudio_ko.ts").getroot()
    for context in root.iter("context"):
        if context.findtext("name") in contexts:
            for message in context.iter("message"):
                translation = message.find("translation")
                yield translation.text or ""
                yield from (form.text or "" for form in translation)


def test_no_korean_message_of_the_engine_command_line_or_export_has_a_clause_without_a_verb():
    """Parentheses such as "(학습이 발산함)", "(잉크가 없음)", "(NUL 바이트가 있음)", "(NumPy 배열이 아님)" read as notes
    in a list, not as the polite sentences around them; the help's "(여러 번 줄 수 있음)" too. (The reasons the
    operating system gives, "권한이 없음", are phrases that fill "({reason})", as in English.)"""
    verbless = re.compile(r"\([^()]*[가-힣] ?(없음|있음|모름|아님|[가-힣]함|[가-힣]됨)[).;]")
    odd = [text for text in korean_texts("Errors", "cli", "argparse") if verbless.search(text)]
    assert odd == []


def test_english_counts_read_right_in_a_script_without_qt():
    """A script (no Qt, no set_language) reads "1 output unit" and "2 output units" (it said "1 output unit(s)"),
    as the engine's plural texts read "1 step" and "2 steps" without the English .qm."""
    import subprocess
    import sys

    code = ("import sys, numpy as np\n"
            "from nnstudio.engine import Dense, Sequential\n"
            "for units in (1, 2):\n"
            "    m = Sequential([Dense(units, input_dim=2)]); m.compile(optimizer='sgd', loss='mse')\n"
            "    try:\n        m.fit(np.zeros((3, 2)), np.zeros((3, 5)), epochs=1)\n"
            "    except ValueError as e:\n        print(e)\n"
            "assert not any(name.startswith('PySide6') for name in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.splitlines() == ["y has shape (3, 5), but the model has 1 output unit: expected (3, 1).",
                                       "y has shape (3, 5), but the model has 2 output units: expected (3, 2)."]


def test_a_count_in_korean_has_no_english_plural(korean):
    from nnstudio.engine import Dense, Sequential
    model = Sequential([Dense(1, input_dim=2)])
    model.compile(optimizer="sgd", loss="mse")
    error = raised(lambda: model.fit(np.zeros((3, 2)), np.zeros((3, 5)), epochs=1))
    assert cli_language.translated(error) == "y의 모양은 (3, 5)인데 모델의 출력 유닛은 1개입니다. (3, 1) 모양이어야 합니다."


def test_no_korean_particle_follows_a_value_it_cannot_agree_with():
    """A value filled in at run time ("{folder}", "{last}") may end in a vowel or not: "NNSTUDIO_DATA={folder}를",
    "(0..{last}를 쓰거나" read wrong for half the values. The sentences are built around the values instead."""
    particle = re.compile(r"\{\w*\}(을|를|이|가|은|는|과|와|으로|로)(?![가-힣])")
    odd = [text for text in korean_texts("Errors", "cli", "argparse") if particle.search(text)]
    assert odd == []
