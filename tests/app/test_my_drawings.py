"""The studio's "Include my digits" with the drawings saved in the pad: the data's classes pick the drawings."""
import numpy as np
import pytest
from PySide6.QtCore import QPoint, Qt

from nnstudio.app import dialogs
from nnstudio.app.main_window import MainWindow
from nnstudio.data import digits, mnist
from nnstudio.data.paths import user_data_dir
from nnstudio.session.project import load_project
from tests.app.test_main_window import choose_dataset, small_mnist


@pytest.fixture
def studio(qtbot, monkeypatch):
    """The main window; an error dialog would fail the test, closing it discards the changes."""
    monkeypatch.setattr(dialogs, "show_error", lambda parent, title, text: pytest.fail(f"{title}: {text}"))
    monkeypatch.setattr(dialogs, "ask_save_changes", lambda parent, what: "discard")
    monkeypatch.setattr(dialogs, "ask_reload", lambda parent, name: True)        # reopening the open file
    w = MainWindow(offer_restore=False)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close()


def _save(label: int, kind: str, column: int) -> np.ndarray:
    """A drawing saved as the pad saves it (its folder is named in docs/app.md)."""
    image = np.zeros((28, 28), np.float32)
    image[5:20, column:column + 4] = 1.0
    folder = user_data_dir() / {"mnist": "my_digits", "fashion": "my_fashion"}[kind]
    digits.save_my_digit(image, label=label, folder=folder)
    return image


def test_with_fashion_mnist_the_studio_trains_on_the_clothes_drawn_in_the_pad(qtbot, studio, monkeypatch):
    """The pad keeps clothing drawn with Fashion-MNIST's classes in my_fashion; the studio's box stayed greyed
    out with Fashion-MNIST (and counted only the digits), so those drawings were never trained on."""
    monkeypatch.setattr(mnist, "load_mnist", lambda kind="mnist", path=None: small_mnist())
    mine = [_save(label, "mnist", 8) for label in (1, 2)]
    clothes = [_save(label, "fashion", 6 + 2 * k) for k, label in enumerate((0, 8, 9))]   # a top, a bag, a boot
    box = studio.studio.panel.my_digits_check

    def click():
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))

    choose_dataset(studio, "fashion")
    assert box.isEnabled() and box.text() == "Include my drawings (3)" and not box.isChecked()
    click()
    assert studio.session.training_data[0].shape == (53, 784)
    np.testing.assert_array_equal(studio.session.training_data[1][-3:], [0, 8, 9])
    np.testing.assert_allclose(studio.session.training_data[0][-3:].reshape(3, 28, 28), clothes, atol=1 / 255)
    assert "3 clothes of your own" in studio.statusBar().currentMessage()
    studio.studio.panel.lr_spin.setValue(0.5)
    assert studio.studio.panel.suggested_button.isEnabled()
    qtbot.mouseClick(studio.studio.panel.suggested_button, Qt.MouseButton.LeftButton)    # a fresh start: still in
    assert studio.studio.panel.lr_spin.value() != 0.5
    assert box.isChecked() and studio.session.training_data[0].shape == (53, 784)
    choose_dataset(studio, "mnist")                   # the digits now, not the clothes
    assert box.isEnabled() and box.isChecked() and box.text() == "Include my digits (2)"
    np.testing.assert_array_equal(studio.session.training_data[1][-2:], [1, 2])
    np.testing.assert_allclose(studio.session.training_data[0][-2:].reshape(2, 28, 28), mine, atol=1 / 255)
    assert studio.session.training_data[0].shape == (52, 784)
    choose_dataset(studio, "fashion")                 # and the clothes again
    assert box.text() == "Include my drawings (3)" and studio.session.training_data[0].shape == (53, 784)
    np.testing.assert_array_equal(studio.session.training_data[1][-3:], [0, 8, 9])


def test_a_project_opened_without_my_digits_trains_without_them(qtbot, studio, monkeypatch, tmp_path):
    """With the digits included, opening an MNIST project saved without them unticked the box but kept training
    on the digits."""
    monkeypatch.setattr(mnist, "load_mnist", lambda kind="mnist", path=None: small_mnist())
    _save(1, "mnist", 8)
    _save(2, "mnist", 12)
    box = studio.studio.panel.my_digits_check
    choose_dataset(studio, "mnist")
    assert studio.projects.save_to(tmp_path / "plain.nnsproj")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert studio.session.training_data[0].shape == (52, 784)
    assert studio.projects.open_project(tmp_path / "plain.nnsproj")
    assert not box.isChecked() and studio.session.training_data[0].shape == (50, 784)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert studio.projects.save_to(tmp_path / "with.nnsproj")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert studio.session.training_data[0].shape == (50, 784)
    assert studio.projects.open_project(tmp_path / "with.nnsproj")       # and one saved with them: with them
    assert box.isChecked() and studio.session.training_data[0].shape == (52, 784)


def test_the_drawings_tick_survives_a_detour_through_xor(qtbot, studio, monkeypatch, tmp_path):
    """XOR greys the box out with its tick kept, but coming back to Fashion-MNIST (or MNIST) unticked it: the
    learner's drawings were silently dropped from the training."""
    monkeypatch.setattr(mnist, "load_mnist", lambda kind="mnist", path=None: small_mnist())
    for k, label in enumerate((0, 8, 9)):
        _save(label, "fashion", 6 + 2 * k)
    _save(1, "mnist", 8)
    box = studio.studio.panel.my_digits_check
    choose_dataset(studio, "fashion")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked() and studio.session.training_data[0].shape == (53, 784)
    choose_dataset(studio, "xor")
    assert not box.isEnabled() and box.isChecked() and studio.session.training_data[0].shape == (4, 2)
    assert studio.projects.save_to(tmp_path / "xor.nnsproj")      # XOR's project does not claim the drawings
    assert load_project(tmp_path / "xor.nnsproj").dataset_choice["include_my_digits"] is False
    choose_dataset(studio, "fashion")
    assert box.isEnabled() and box.isChecked() and box.text() == "Include my drawings (3)"
    assert studio.session.training_data[0].shape == (53, 784)
    np.testing.assert_array_equal(studio.session.training_data[1][-3:], [0, 8, 9])
    choose_dataset(studio, "xor")
    choose_dataset(studio, "mnist")                  # and the digits, after XOR, with MNIST
    assert box.isChecked() and studio.session.training_data[0].shape == (51, 784)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    choose_dataset(studio, "xor")
    choose_dataset(studio, "fashion")                # unticked stays unticked
    assert not box.isChecked() and studio.session.training_data[0].shape == (50, 784)


@pytest.mark.parametrize("code", ["en", "ko"])
def test_the_training_notes_counts_are_grouped(qtbot, code):
    """"Training on 60,000 MNIST digits and 1,200 of your own." as the side panel writes "60,000 training"; it
    read "60000" (in Korean too)."""
    from PySide6.QtWidgets import QWidget

    from nnstudio.app import language
    from nnstudio.app.datasets import DatasetLoader
    parent = QWidget()
    qtbot.addWidget(parent)
    assert language.set_language(code)
    try:
        loader = DatasetLoader(parent)
        for key in ("mnist", "fashion"):
            note = loader.my_digits_note(key, 60000, 1200)
            assert "60,000" in note and "1,200" in note and "60000" not in note, note
    finally:
        language.set_language("en")
