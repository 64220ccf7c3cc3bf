"""Korean throughout: the shipped translation is complete and current, every text a learner sees in the studio,
the editor, the plots (pyqtgraph's own menus too) and the drawing pad comes out in Korean, Qt's own dialogs too,
and Korean text gets a font with Hangul."""
from __future__ import annotations

import ast
import errno
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pyqtgraph as pg
import pytest
from PySide6.QtCore import QFileInfo, Qt
from PySide6.QtGui import QAction, QFont, QFontInfo
from PySide6.QtWidgets import (QAbstractButton, QAbstractSpinBox, QApplication, QComboBox, QDialogButtonBox,
                               QDockWidget, QFileDialog, QFileIconProvider, QGraphicsSimpleTextItem, QGraphicsTextItem,
                               QGraphicsView, QGroupBox, QLabel, QLineEdit, QMenu, QMessageBox, QProgressBar, QTabBar,
                               QToolBar, QWidget, QWidgetAction)

from nnstudio.app import dialogs, fonts, language, qt_texts
from nnstudio.app.main_window import MainWindow
from nnstudio.app.plots import pyqtgraph_texts
from nnstudio.app.optimizer_form import CODE_NAMES, defaults
from nnstudio.data.tabular import LABEL_NAMES
from nnstudio.engine.activations import ACTIVATIONS
from nnstudio.engine.initializers import INITIALIZERS
from nnstudio.engine.losses import LOSSES
from nnstudio.engine.optimizers import OPTIMIZERS
from nnstudio.tools import translations

HANGUL = re.compile("[\uac00-\ud7a3]")
PLACEHOLDERS = re.compile(r"\{[^{}]*\}|%\([a-z_]+\)[a-z]|%[srn]|<[^>]+>")

# words that stay as the lectures and the code write them (the registries' names are added below)
TECHNICAL = {
    "nn", "studio", "mnist", "fashion", "xor", "sgd", "adam", "adamw", "adagrad", "rmsprop", "relu", "softmax",
    "sigmoid", "tanh", "pytorch", "onnx", "csv", "png", "dense", "nan", "ctrl", "shift", "space", "esc", "insert",
    "backspace",                    # (a key, named as on the keyboard)
    "delete", "home", "mlp", "fft", "svg", "hdf", "matplotlib", "tif", "jpg", "nielsen", "glorot", "nesterov",
    "amsgrad", "centered", "leaky", "onnxruntime", "netron", "npz", "nnsproj", "txt", "dropout", "lr", "mse",
    "dampening", "momentum", "eps", "beta", "alpha",
    "max", "min", "exp", "log",     # maths in the activations' formulas
    "english",                      # View → Language names each language in its own words
    "alt", "torch", "keras", "betas", "beale", "himmelblau", "rosenbrock",   # names in the race room
}
TECHNICAL |= {name.lower() for registry in (ACTIVATIONS, INITIALIZERS, LOSSES, OPTIMIZERS) for name in registry}
TECHNICAL |= {name.lower() for optimizer in OPTIMIZERS for name in defaults(optimizer)}
TECHNICAL |= {name.lower() for names in CODE_NAMES.values() for name in names if name}   # (Keras' epsilon, rho)
TECHNICAL |= {name.lower() for name in LABEL_NAMES}   # headers the CSV importer takes as the label, as typed


def english_words(text: str) -> list[str]:
    """The words of three letters or more in ``text`` that are not technical names."""
    text = re.sub(r"<[^>]+>", " ", text)                       # rich text tags
    text = re.sub(r"\S*[/\\]\S*", " ", text)                     # file paths
    text = re.sub(r"\b[0-9a-f]{12}\b", " ", text)                  # fingerprints (hex digests)
    return [w for w in re.findall(r"[A-Za-z][A-Za-z_]+[A-Za-z]", text) if w.lower() not in TECHNICAL]


# -- what a learner sees --------------------------------------------------------------------------------------------
def menu_texts(menu: QMenu, where: str):
    yield where, menu.title()
    for action in menu.actions():
        yield from action_texts(action, where)


def action_texts(action: QAction, where: str):
    place = f"{where} > {action.text()!r}"
    yield place, action.text()
    yield place, action.toolTip()
    yield place, action.statusTip()
    if action.menu() is not None:
        yield from menu_texts(action.menu(), place)
    if isinstance(action, QWidgetAction) and action.defaultWidget() is not None:
        yield from widget_texts(action.defaultWidget(), place)


def graphics_texts(scene, where: str):
    """Texts of a QGraphicsScene: the editor's drawing, pyqtgraph's titles, axis labels, legends."""
    for item in scene.items():
        place = f"{where} {type(item).__name__}"
        if isinstance(item, QGraphicsSimpleTextItem):
            yield place, item.text()
        elif isinstance(item, QGraphicsTextItem):
            yield place, item.toPlainText()
        yield place, item.toolTip()
        if isinstance(item, pg.ViewBox) and item.menu is not None:
            yield from menu_texts(item.menu, f"{place} menu")
        if isinstance(item, pg.PlotItem):
            yield from menu_texts(item.ctrlMenu, f"{place} Plot Options")
    for action in getattr(scene, "contextMenu", []):          # pyqtgraph's "Export..."
        yield from action_texts(action, f"{where} scene menu")


def widget_texts(root: QWidget, where: str = ""):
    for w in [root, *root.findChildren(QWidget)]:
        place = f"{where} {type(w).__name__}:{w.objectName()}"
        yield place, w.toolTip()
        yield place, w.statusTip()
        yield place, w.whatsThis()
        if w.isWindow() or isinstance(w, (QDockWidget, QToolBar)):
            yield place, w.windowTitle()
        if isinstance(w, QLabel):
            yield place, w.text()
        elif isinstance(w, QAbstractButton):
            yield place, w.text()
        elif isinstance(w, QGroupBox):
            yield place, w.title()
        elif isinstance(w, QComboBox):
            for i in range(w.count()):
                yield place, w.itemText(i)
                yield place, str(w.itemData(i, Qt.ItemDataRole.ToolTipRole) or "")
        elif isinstance(w, QTabBar):
            for i in range(w.count()):
                yield place, w.tabText(i)
                yield place, w.tabToolTip(i)
        elif isinstance(w, QAbstractSpinBox):
            yield place, w.specialValueText()
        elif isinstance(w, QLineEdit):
            yield place, w.placeholderText()
        elif isinstance(w, QProgressBar):
            yield place, w.format()
        elif isinstance(w, QMenu):
            yield from menu_texts(w, place)
        if isinstance(w, QGraphicsView) and w.scene() is not None:
            yield from graphics_texts(w.scene(), place)
        for action in w.actions():
            yield from action_texts(action, place)


def window_texts(window: MainWindow) -> list[tuple[str, str]]:
    """Every text of the main window (menus, room, docks, status bar, plots, editor) and the drawing pad,
    with the editor's hover texts and the status readouts after a step of training."""
    texts = list(widget_texts(window, "window"))
    for action in window.menuBar().actions():
        texts += action_texts(action, "menu bar")
    editor = window.studio.editor
    texts += [("editor hover", editor.describe_neuron(1, 0)), ("editor hover", editor.describe_bias(1, 0)),
              ("editor hover", editor.describe_link(0, 0, 0)), ("editor hover", editor.describe_neuron(0, 0))]
    window.open_pad()
    texts += widget_texts(window.pad, "pad")
    return [(where, text) for where, text in texts if text]


@pytest.fixture
def korean(qtbot):
    assert language.set_language("ko"), "the shipped Korean translation does not load"
    yield
    language.set_language("en")


def make_window(qtbot, monkeypatch):
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, what: "discard")
    w = MainWindow(offer_restore=False)
    qtbot.addWidget(w)
    w.show()
    w.studio.step_action.trigger()
    # the status bar shows the step's own readout ("Step 1", "Epoch 1"), not the one it shows before any step
    qtbot.waitUntil(lambda: w.session.step_count == 1 and bool(re.search(r"\b1\b", w.studio.status.step_label.text())),
                    timeout=5000)
    return w


def test_every_text_of_the_studio_the_editor_the_plots_and_the_pad_is_korean(qtbot, monkeypatch, korean):
    w = make_window(qtbot, monkeypatch)
    try:
        texts = window_texts(w)
        untranslated = sorted({(text, where) for where, text in texts if english_words(text)})
        assert not untranslated, "\n".join(f"{text!r}  ({where})" for text, where in untranslated[:40])
        assert sum(1 for _, text in texts if HANGUL.search(text)) > 300
    finally:
        w.pad.close()
        w.close()


def test_the_walk_finds_the_english_texts_it_checks(qtbot, monkeypatch):
    """The same walk in English meets hundreds of English words: the Korean test cannot pass by seeing nothing."""
    w = make_window(qtbot, monkeypatch)
    try:
        texts = window_texts(w)
        english = {text for _, text in texts if english_words(text)}
        assert len(english) > 300
        # and it reaches each part: menus, editor drawing and hover, plots and their pyqtgraph menus, the pad
        for expected in ("&File", "Hidden layer 1", "Click to type a new value.", "View All", "Plot Options",
                         "Export...", "Mistakes on the test set", "Link Axis:", "Epoch 1"):
            assert any(expected in text for text in english), expected
    finally:
        w.pad.close()
        w.close()


# -- the translation file -------------------------------------------------------------------------------------------
@pytest.mark.parametrize("language, forms, least", [("ko", 1, 800), ("en", 2, 10)])
def test_the_shipped_translation_is_current_complete_and_keeps_every_placeholder(language, forms, least):
    """Korean: every text; English: the singular and plural forms of the texts with a count (%n)."""
    assert translations.check(language) == []          # the .ts holds every text of the code, the .qm is newer
    root = ET.parse(translations.ts_path(language)).getroot()
    messages = [(c.findtext("name"), m) for c in root.iter("context") for m in c.iter("message")]
    assert len(messages) > least
    for context, m in messages:
        source, translation = m.findtext("source"), m.find("translation")
        assert translation.get("type") is None, (context, source)
        numerus = m.get("numerus") == "yes"
        texts = [form.text for form in translation.findall("numerusform")] if numerus else [translation.text]
        assert len(texts) == (forms if numerus else 1) and all(texts), (context, source)
        assert numerus or language != "en"
        for i, text in enumerate(texts):
            # {0}, {name}, %(default)s, %n, <b> survive; a menu's & accelerator too (Korean style: "파일(&F)");
            # an English singular may leave one out ("1 start, seed {0}" of "%n start(s), seeds {0} to {1}")
            if language == "en" and i == 0:
                assert "%n" in text and set(PLACEHOLDERS.findall(text)) <= set(PLACEHOLDERS.findall(source)), \
                    (context, source, text)
            else:
                assert sorted(PLACEHOLDERS.findall(source)) == sorted(PLACEHOLDERS.findall(text)), \
                    (context, source, text)
            assert source.replace("&&", "").count("&") == text.replace("&&", "").count("&"), (context, source)


def test_the_korean_never_hedges_a_particle():
    """A particle after a name filled in later cannot know the name's last sound: "b이(가) 1 늘면 f은(는)" reads
    like a form. The translation words such sentences so that the particle follows a fixed word ("b 값이 1 늘면
    f 값은") or is not needed ("폴더 {folder}: 만들 수 없습니다")."""
    root = ET.parse(translations.ts_path("ko")).getroot()
    hedge = re.compile(r"이\(가\)|은\(는\)|을\(를\)|와\(과\)|과\(와\)|\(으\)로|\(이\)")
    hedged = [m.findtext("source") for m in root.iter("message")
              if hedge.search("".join(m.find("translation").itertext()))]
    assert hedged == []


def test_the_korean_says_one_word_for_a_training_step_spaced_one_way():
    """A step is 스텝 everywhere, in the lessons' pages too (the race said 스텝, the XOR lesson and the ball 걸음), and a count stands apart
    from it as the counts of steps do ("%n 스텝", "30 스텝"; "초당 {0}스텝" and "30스텝" were written together)."""
    root = ET.parse(translations.ts_path("ko")).getroot()
    texts = ["".join(m.find("translation").itertext()) for m in root.iter("message")]
    lessons = Path(translations.ROOT, "resources", "lessons")
    texts += [line for page in sorted(lessons.glob("*.ko.md")) for line in page.read_text("utf-8").splitlines()]
    assert [t for t in texts if "걸음" in t] == []      # (the lessons' pages said it of the descent's ball)
    assert [t for t in texts if re.search(r"(\d|\}|%n)스텝", t)] == []
    assert sum("스텝" in t for t in texts) > 90


def test_the_translation_check_reports_a_stale_qm_and_an_untranslated_text(tmp_path, monkeypatch):
    import shutil

    for name in ("nnstudio_ko.ts", "nnstudio_ko.qm"):
        shutil.copy(translations.TRANSLATIONS / name, tmp_path / name)
    monkeypatch.setattr(translations, "TRANSLATIONS", tmp_path)
    assert translations.check("ko") == []
    ts = tmp_path / "nnstudio_ko.ts"          # a translation edited, the .qm not compiled again
    ts.write_text(ts.read_text(encoding="utf-8").replace("<translation>손실</translation>",
                                                         "<translation>손실값</translation>", 1), encoding="utf-8")
    assert [p for p in translations.check("ko") if "not compiled from the current" in p]
    ts.write_text(ts.read_text(encoding="utf-8").replace("<translation>손실값</translation>",
                                                         '<translation type="unfinished"></translation>', 1),
                  encoding="utf-8")                   # a text nobody translated yet
    assert [p for p in translations.check("ko") if p.startswith("1 text(s) have no translation")]
    proc = subprocess.run([sys.executable, "-m", "nnstudio.tools.translations", "--check"], capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr           # (the shipped files themselves are current)


def test_the_translation_check_reports_a_missing_english_plural_form(tmp_path, monkeypatch):
    import shutil

    for name in ("nnstudio_en.ts", "nnstudio_en.qm"):
        shutil.copy(translations.TRANSLATIONS / name, tmp_path / name)
    monkeypatch.setattr(translations, "TRANSLATIONS", tmp_path)
    assert translations.check("en") == []
    ts = tmp_path / "nnstudio_en.ts"
    text = ts.read_text(encoding="utf-8")
    assert "<numerusform>%n feature</numerusform>" in text
    ts.write_text(text.replace("<numerusform>%n feature</numerusform>", "<numerusform></numerusform>", 1),
                  encoding="utf-8")
    assert [p for p in translations.check("en") if p.startswith("1 text(s) have no translation")]


def test_the_pyqtgraph_texts_are_those_of_the_installed_pyqtgraph():
    """Each text we translate for pyqtgraph is a string of its source: a renamed one would stay English."""
    package = Path(pg.__file__).parent
    strings = set()
    for path in package.rglob("*.py"):
        if "examples" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                strings.add(node.value)
    assert [text for text in pyqtgraph_texts.TEXTS if text not in strings] == []


# -- Qt's own dialogs and the font ----------------------------------------------------------------------------------
def test_qts_own_dialogs_and_buttons_are_korean(qtbot, korean, tmp_path):
    box = QMessageBox(QMessageBox.Icon.Question, "t", "x",
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
                      | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    buttons = [b.text() for b in box.findChild(QDialogButtonBox).buttons()]
    assert sorted(buttons) == sorted(["예(&Y)", "아니요(&N)", "취소"])
    for mode in (QFileDialog.AcceptMode.AcceptOpen, QFileDialog.AcceptMode.AcceptSave):
        dialog = QFileDialog(None, "t")        # Qt's own file dialog (the one a Linux desktop may show)
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.setAcceptMode(mode)
        qtbot.addWidget(dialog)
        texts = [(where, text) for where, text in widget_texts(dialog) if text]
        assert len(texts) > 10 and not [(w, t) for w, t in texts if english_words(t)]
    assert HANGUL.search(QFileIconProvider().type(QFileInfo(str(tmp_path))))     # a folder's type in its list
    assert all(HANGUL.search(text) for text in qt_texts.texts())


def test_the_operating_systems_reasons_are_korean_too(qtbot, korean, tmp_path):
    """A CSV export into a folder that does not exist: the message says why in Korean, not in strerror's
    English; the same for a reason inside an engine error."""
    from nnstudio.app.plots import LossPlot
    from nnstudio.app.texts import translated
    from nnstudio.engine.files import ModelFileError
    from nnstudio.i18n import QT_TRANSLATE_NOOP, why

    plot = LossPlot()
    qtbot.addWidget(plot)
    with pytest.raises(OSError) as info:
        plot.export_csv(tmp_path / "gone" / "loss.csv")
    message = str(info.value)
    # The ExceptionInfo's traceback holds this frame (and export_csv's, so the plot) in a cycle: freed by the cycle
    # collector, which may clear the plot's LabelItem wrappers before Qt deletes the plot ("'LabelItem' object has no
    # attribute '_sizeHint'" in the teardown when the app's 1-s collection fell there). Freed now, in order.
    del info
    assert "그런 파일이나 폴더가 없음" in message and not english_words(message)
    error = ModelFileError(QT_TRANSLATE_NOOP("Errors", "{name}: cannot be read ({reason})."), name="m.nnmodel",
                           reason=why(OSError(errno.EIO, "Input/output error")))
    assert translated(error).endswith("(디스크를 읽거나 쓸 수 없음).") and "Input" not in translated(error)
    assert translated(PermissionError(errno.EACCES, "Permission denied")) == "권한이 없음"


def test_korean_gets_a_font_with_hangul_and_english_gets_its_font_back(qtbot):
    app = QApplication.instance()
    if fonts.hangul_family() is None:
        pytest.skip("no font with Hangul installed")
    started = QFont(app.font())
    app.setFont(QFont("DejaVu Sans" if "DejaVu Sans" in fonts.QFontDatabase.families() else started.family(), 9))
    plain = QFont(app.font())
    try:
        if fonts.has_hangul(QFontInfo(plain).family()):
            pytest.skip("the default font already has Hangul")
        family = fonts.use_font_for("ko")
        assert fonts.has_hangul(family) and QFontInfo(app.font()).family() == family
        assert not any(word in family.lower() for word in ("mono", "serif"))
        assert app.font().pointSizeF() == plain.pointSizeF()          # the same size, another family
        assert fonts.use_font_for("ko") == family                      # asking twice changes nothing
        fonts.use_font_for("en")
        assert app.font() == plain
    finally:
        fonts.use_font_for("en")
        app.setFont(started)


def test_a_font_that_has_hangul_is_kept(qtbot):
    app = QApplication.instance()
    family = fonts.hangul_family()
    if family is None:
        pytest.skip("no font with Hangul installed")
    started = QFont(app.font())
    try:
        app.setFont(QFont(family, 11))
        assert fonts.use_font_for("ko") == QFontInfo(app.font()).family()
        assert app.font().family() == family and app.font().pointSize() == 11
    finally:
        fonts.use_font_for("en")
        app.setFont(started)


def test_a_korean_first_start_names_the_race_contestants_in_korean(qtbot, korean):
    """The names the app makes up follow the interface language; SGD and Adam are the same words in Korean."""
    from nnstudio.app.race.room import RaceRoom

    room = RaceRoom()
    qtbot.addWidget(room)
    try:
        assert [c.name for c in room.session.contestants] == ["SGD", "모멘텀", "Adam"]
        assert [row.name_edit.text() for row in room.contestants_panel.rows.values()] == ["SGD", "모멘텀", "Adam"]
    finally:
        room.shutdown(1000)


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_import_csvs_tooltip_names_the_columns_the_importer_takes_as_the_label(qtbot, lang):
    """The importer takes a column headed label, class, 정답, ... before the last one; the tooltip said "a last
    column"."""
    from nnstudio.app.studio.panel import SidePanel
    from nnstudio.session.session import TrainingSession

    assert language.set_language(lang)
    try:
        panel = SidePanel(TrainingSession())
        qtbot.addWidget(panel)
        tip = panel.import_button.toolTip()
        assert all(name in tip for name in LABEL_NAMES), tip
        assert ("else the last column" in tip) if lang == "en" else ("마지막 열" in tip and "없으면" in tip), tip
    finally:
        language.set_language("en")


def test_a_count_reads_right_in_both_languages(qtbot):
    from PySide6.QtCore import QCoreApplication

    count = lambda n: QCoreApplication.translate("NetworkScene", "%n feature(s)", None, n)    # noqa: E731
    assert (count(1), count(2)) == ("1 feature", "2 features")
    assert language.set_language("ko")
    try:
        assert (count(1), count(2)) == ("특성 1개", "특성 2개")
    finally:
        language.set_language("en")
    assert count(1) == "1 feature"


def test_a_text_with_a_count_of_the_qt_free_layers_reads_right_for_one_and_many(qtbot):
    from nnstudio import cli_language
    from nnstudio.app.texts import translated
    from nnstudio.i18n import QT_TRANSLATE_NOOP, Text

    def over(n):
        return Text("Race", QT_TRANSLATE_NOOP(
            "Race", "The race is over after %n step(s). Restart races again; a longer race goes on.", None, 1), n=n)

    english = ["The race is over after 1 step. Restart races again; a longer race goes on.",
               "The race is over after 2 steps. Restart races again; a longer race goes on."]
    assert [str(over(1)), str(over(2))] == english                        # the English of logs and errors
    assert [translated(over(1)), translated(over(2))] == english          # the GUI (nnstudio_en.qm)
    assert [cli_language.translated(over(1)), cli_language.translated(over(2))] == english    # the command
    assert language.set_language("ko")
    try:
        assert translated(over(1)).startswith("1 스텝 뒤 경주가 끝났습니다.")
        cli_language.use_language("ko")
        assert cli_language.translated(over(2)).startswith("2 스텝 뒤 경주가 끝났습니다.")
    finally:
        cli_language.use_language("en")
        language.set_language("en")
