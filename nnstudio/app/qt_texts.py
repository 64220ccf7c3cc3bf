"""Texts of Qt's own dialogs that Qt's Korean translation (``qtbase_ko.qm``) lacks.

Qt's widget-based file dialog (the one Linux desktops without a platform theme get) labels its fields with
texts newer than the shipped Korean file. Our translator is installed after Qt's and is asked first, so these
entries under Qt's own contexts complete it; nothing here is called: pyside6-lupdate reads it.
"""
from __future__ import annotations

from nnstudio.i18n import QT_TRANSLATE_NOOP

TEXTS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
