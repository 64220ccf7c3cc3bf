"""The studio, the editor, the pad and the dialogs on a dark desktop theme (the ``dark_desktop`` fixture: Fusion
with a dark palette, as macOS, Windows 11 or GNOME in dark mode give it to Qt): every text stays readable.

Readability is measured as drawn: a grab of the text's place on the screen, its background the commonest colour
there and the text the pixel farthest from it, compared with WCAG's contrast ratio (4.5:1 for text)."""
from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtGui import QColor, QPalette, QUndoStack
from PySide6.QtWidgets import QApplication, QGraphicsSimpleTextItem

from nnstudio.app.colors import contrast_ratio, faded_text, readable_on
from nnstudio.app.editor import NetworkEditor
from nnstudio.session.session import TrainingSession

TEXT_CONTRAST = 4.5   # WCAG 2, AA for normal text


def drawn_contrast(image) -> float:
    """The contrast between the commonest colour of ``image`` (the background) and its farthest pixel (the ink)."""
    counts = Counter(image.pixel(x, y) for x in range(image.width()) for y in range(image.height()))
    background = QColor.fromRgb(counts.most_common(1)[0][0])
    return max(contrast_ratio(QColor.fromRgb(rgb), background) for rgb in counts)


def scene_text_contrast(editor, text: str) -> float:
    """The drawn contrast of the editor's scene text ``text`` with the drawing behind it."""
    items = [item for item in editor.scene.items()
             if isinstance(item, QGraphicsSimpleTextItem) and item.text() == text and item.isVisible()
             and getattr(item.parentItem(), "enabled", True)]     # a +/- button greyed out is meant to be faint
    assert items, text
    view = editor.view
    rect = view.mapFromScene(items[0].sceneBoundingRect()).boundingRect().adjusted(-3, -3, 3, 3)
    return drawn_contrast(view.viewport().grab(rect).toImage())


def make_editor(qtbot) -> NetworkEditor:
    stack = QUndoStack()
    e = NetworkEditor(TrainingSession(), stack)
    stack.setParent(e)
    qtbot.addWidget(e)
    e.resize(1000, 650)
    e.show()
    qtbot.waitExposed(e)
    return e


EDITOR_TEXTS = ("Input layer", "Hidden layer 1", "Output layer", "2 features", "2 · sigmoid", "x1", "ŷ1", "+", "−")


@pytest.mark.parametrize("text", EDITOR_TEXTS)
def test_the_editors_texts_read_on_a_dark_desktop(qtbot, dark_desktop, text):
    editor = make_editor(qtbot)
    assert scene_text_contrast(editor, text) >= TEXT_CONTRAST


def test_the_editor_follows_a_desktop_that_switches_to_dark_mode_and_back(qtbot):
    """No restart: the scene takes the new palette's colours when the application's palette changes."""
    app = QApplication.instance()
    editor = make_editor(qtbot)
    light = app.palette()
    dark = QPalette(light)
    for role, colour in (("Window", "#2b2b2b"), ("Base", "#1e1e1e"), ("Text", "#e8e8e8"),
                         ("WindowText", "#e8e8e8"), ("Button", "#3a3a3a"), ("ButtonText", "#e8e8e8")):
        dark.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    try:
        app.setPalette(dark)
        qtbot.waitUntil(lambda: editor.view.viewport().palette().base().color() == QColor("#1e1e1e"))
        for text in ("Input layer", "2 features", "+"):
            assert scene_text_contrast(editor, text) >= TEXT_CONTRAST, text
    finally:
        app.setPalette(light)
    qtbot.waitUntil(lambda: editor.view.viewport().palette().base() == light.base())
    for text in ("Input layer", "2 features", "+"):
        assert scene_text_contrast(editor, text) >= TEXT_CONTRAST, text


def test_the_editors_note_reads_on_a_dark_desktop(qtbot, dark_desktop):
    """The note over the drawing after an edit ("New random weights for ...") and its Reset weights button."""
    editor = make_editor(qtbot)
    editor.load_lecture_xor()
    editor.select_column(1)
    editor.add_layer()
    banner = editor.view.banner
    assert banner.isVisible()
    for part in (banner.label, banner.close_button):      # as drawn on the note's background
        assert drawn_contrast(banner.grab(part.geometry()).toImage()) >= TEXT_CONTRAST


def test_the_undo_arrows_follow_a_desktop_that_switches_to_dark_mode(qtbot):
    app = QApplication.instance()
    editor = make_editor(qtbot)
    editor.add_layer()                       # something to undo: the arrow is drawn in full
    undo = editor.toolbuttons["undo"]
    assert undo.isEnabled()
    light = app.palette()
    dark = QPalette(light)
    for role, colour in (("Window", "#2b2b2b"), ("Base", "#1e1e1e"), ("Button", "#3a3a3a"),
                         ("ButtonText", "#e8e8e8")):
        dark.setColor(getattr(QPalette.ColorRole, role), QColor(colour))
    try:
        app.setPalette(dark)
        qtbot.waitUntil(lambda: undo.palette().buttonText().color() == QColor("#e8e8e8"))
        assert drawn_contrast(undo.grab().toImage()) >= 3.0        # WCAG's least contrast for a graphic
    finally:
        app.setPalette(light)


def show_weights(editor, weak: float, strong: float):
    """Weights for the 2-2-1 network with one weak and one strong link from x1; the two links drawn for them."""
    import numpy as np

    from nnstudio.app.editor.items import LinkItem
    from nnstudio.session.snapshot import TrainingSnapshot

    W = (np.array([[weak, strong], [0.3, 0.3]], np.float32), np.zeros(2, np.float32),
         np.array([[0.5], [-0.5]], np.float32), np.zeros(1, np.float32))
    editor.show_snapshot(TrainingSnapshot(weights=W))
    links = {(it.i, it.j): it for it in editor.scene.items() if isinstance(it, LinkItem) and it.column == 0}
    return links[(0, 0)], links[(0, 1)]


def test_a_weak_weight_is_a_faint_link_on_a_dark_desktop_too(qtbot, dark_desktop):
    """Weak links faded toward white: on the dark drawing the weakest links were the brightest lines."""
    editor = make_editor(qtbot)
    base = editor.view.viewport().palette().base().color()
    weak, strong = show_weights(editor, 0.05, 2.0)
    assert contrast_ratio(weak.pen().color(), base) < contrast_ratio(strong.pen().color(), base)
    weak, strong = show_weights(editor, -0.05, -2.0)
    assert contrast_ratio(weak.pen().color(), base) < contrast_ratio(strong.pen().color(), base)


def test_a_hovered_link_stands_out_more_on_a_dark_desktop(qtbot, dark_desktop):
    """Hovering drew the link darker: on the dark drawing it sank into the background instead of standing out."""
    editor = make_editor(qtbot)
    _, strong = show_weights(editor, 0.05, 2.0)
    view = editor.view
    middle = view.mapFromScene(strong.line().center())

    def colour_drawn() -> QColor:
        view.viewport().repaint()
        return view.viewport().grab().toImage().pixelColor(middle.x(), middle.y())

    base = view.viewport().palette().base().color()
    plain = colour_drawn()
    strong.set_highlighted(True)
    assert contrast_ratio(colour_drawn(), base) > contrast_ratio(plain, base)


def test_readable_on_keeps_a_readable_colour_and_lightens_or_darkens_one_that_is_not():
    white, black, dark = QColor(255, 255, 255), QColor(0, 0, 0), QColor("#2b2b2b")
    red = QColor("#c0392b")
    assert readable_on(red, white) == red                      # 5.4:1 on white already
    assert contrast_ratio(red, dark) < TEXT_CONTRAST            # but 2.4:1 on a dark window
    on_dark = readable_on(red, dark)
    assert contrast_ratio(on_dark, dark) >= TEXT_CONTRAST
    assert on_dark.red() > on_dark.green() and on_dark.red() > on_dark.blue()   # still a red
    assert contrast_ratio(readable_on(QColor(200, 200, 200), white), white) >= TEXT_CONTRAST
    assert contrast_ratio(black, white) == pytest.approx(21.0)


def test_faded_text_fades_toward_the_base_but_stays_readable(dark_desktop):
    palette = QApplication.instance().palette()
    base, text = palette.base().color(), palette.text().color()
    faded = faded_text(palette, 0.35)
    assert contrast_ratio(faded, base) >= TEXT_CONTRAST
    assert contrast_ratio(faded, base) < contrast_ratio(text, base)
    assert contrast_ratio(faded_text(palette, 0.95), base) >= TEXT_CONTRAST


def test_the_pads_reason_for_no_model_reads_on_a_dark_desktop(qtbot, dark_desktop, monkeypatch):
    """"The shipped model could not be loaded ..." was in a red made for a light window: 2.4:1 on a dark one."""
    from nnstudio.app.pad import DigitPadWindow
    from nnstudio.app.pad import window as pad_window

    monkeypatch.setattr(pad_window, "SHIPPED", {"mnist": "gone.npz", "fashion": "gone_too.npz"})
    pad = DigitPadWindow()
    qtbot.addWidget(pad)
    pad.resize(1000, 900)
    pad.show()
    qtbot.waitExposed(pad)
    status = pad.model_status
    assert status.isVisible() and status.text().startswith("The shipped model could not be loaded")
    assert drawn_contrast(status.parentWidget().grab(status.geometry()).toImage()) >= TEXT_CONTRAST


# -- check boxes ----------------------------------------------------------------------------------------------------
BOUNDARY_CONTRAST = 3.0     # WCAG 2.1's least contrast for a control's boundary


def outline_contrast(image, rect) -> float:
    """The contrast of a check box's outline (the middle of its top edge, as drawn) with the background just
    above it and with the box's inside, whichever is less."""
    outline = image.pixelColor(rect.center().x(), rect.top())
    outside = image.pixelColor(rect.center().x(), rect.top() - 2)
    inside = image.pixelColor(rect.left() + 2, rect.bottom() - 2)       # (below the tick's reach)
    return min(contrast_ratio(outline, outside), contrast_ratio(outline, inside))


def check_boxes(qtbot):
    """A plain check box of each kind (empty, ticked; enabled, greyed out), a radio button and a list with a
    checkable item of each kind; with each check box's place on the window's grab."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import (QCheckBox, QListWidget, QListWidgetItem, QRadioButton, QStyle,
                                   QStyleOptionButton, QStyleOptionViewItem, QVBoxLayout, QWidget)

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    kinds = [(ticked, enabled) for ticked in (False, True) for enabled in (True, False)]
    boxes = []
    for ticked, enabled in kinds:
        box = QCheckBox("Augment")
        box.setChecked(ticked)
        box.setEnabled(enabled)
        layout.addWidget(box)
        boxes.append(box)
    layout.addWidget(QRadioButton("Cross-entropy"))       # (the lessons' choices: the same faint outline)
    view = QListWidget()
    layout.addWidget(view)
    for ticked, enabled in kinds:
        item = QListWidgetItem("Use my digits")
        item.setFlags((item.flags() | Qt.ItemFlag.ItemIsUserCheckable) & ~(Qt.ItemFlag.NoItemFlags if enabled
                                                                          else Qt.ItemFlag.ItemIsEnabled))
        item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
        view.addItem(item)
    window.resize(300, 320)
    window.show()
    qtbot.waitExposed(window)
    places = {}
    for (ticked, enabled), box in zip(kinds, boxes):
        option = QStyleOptionButton()
        box.initStyleOption(option)
        rect = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
        places[("plain", ticked, enabled)] = rect.translated(box.mapTo(window, rect.topLeft()) - rect.topLeft())
    for row, (ticked, enabled) in enumerate(kinds):
        index = view.model().index(row, 0)
        option = QStyleOptionViewItem()
        view.initViewItemOption(option)
        view.itemDelegateForIndex(index).initStyleOption(option, index)
        option.rect = view.visualRect(index)
        rect = view.style().subElementRect(QStyle.SubElement.SE_ItemViewItemCheckIndicator, option, view)
        places[("list", ticked, enabled)] = rect.translated(view.viewport().mapTo(window, rect.topLeft())
                                                            - rect.topLeft())
    return window, places


def test_check_boxes_show_their_outline_on_a_dark_desktop(qtbot, dark_desktop):
    """Fusion outlined a check box with the window's colour a little darker (1.1:1): an empty box was all but
    invisible, in the panel and in lists alike. Each box, empty or ticked, enabled or greyed out, now stands 3:1
    from what is around it and from its inside."""
    window, places = check_boxes(qtbot)
    image = window.grab().toImage()
    assert len(places) == 8
    for kind, rect in places.items():
        assert outline_contrast(image, rect) >= BOUNDARY_CONTRAST, kind


def test_check_boxes_on_a_light_desktop_are_drawn_as_the_style_draws_them(qtbot, qapp):
    """The outline is redrawn on a dark palette only: on a light one the app's style draws what Fusion draws."""
    from nnstudio.app.style import readable_style

    style = qapp.style().name()
    images = []
    try:
        for made in (lambda: "Fusion", lambda: readable_style("Fusion")):
            qapp.setStyle(made())
            window, _ = check_boxes(qtbot)
            images.append(window.grab().toImage())
            window.close()
    finally:
        qapp.setStyle(style)
    assert images[0] == images[1]


def test_a_radio_button_shows_its_circle_on_a_dark_desktop(qtbot, dark_desktop):
    """Fusion's radio button, as the lessons' choices use it, had the check box's faint outline (1.05:1)."""
    from PySide6.QtWidgets import QRadioButton, QStyle, QStyleOptionButton

    button = QRadioButton("Cross-entropy")
    qtbot.addWidget(button)
    button.show()
    qtbot.waitExposed(button)
    option = QStyleOptionButton()
    button.initStyleOption(option)
    rect = button.style().subElementRect(QStyle.SubElement.SE_RadioButtonIndicator, option, button)
    image = button.grab().toImage()
    colours = [image.pixelColor(x, y) for x in range(rect.left(), rect.right() + 1)
               for y in range(rect.top(), rect.bottom() + 1)]
    ring = max(colours, key=lambda c: c.lightness())               # (empty: the circle is all that is light)
    outside, inside = image.pixelColor(rect.topLeft()), image.pixelColor(rect.center())
    assert min(contrast_ratio(ring, outside), contrast_ratio(ring, inside)) >= BOUNDARY_CONTRAST
