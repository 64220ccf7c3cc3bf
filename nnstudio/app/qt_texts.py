"""Texts of Qt's own dialogs that Qt's Korean translation (``qtbase_ko.qm``) lacks.

Qt's widget-based file dialog (the one Linux desktops without a platform theme get) labels its fields and
folders with texts newer than the shipped Korean file. Our translator is installed after Qt's and is asked
first, so these entries under Qt's own contexts (and disambiguations) complete it; pyside6-lupdate reads them
from the calls below.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def texts() -> tuple[str, ...]:
    """These texts in the current language (the tests check that none stays English)."""
    return (QCoreApplication.translate("QFileDialog", "&Look in:"),
            QCoreApplication.translate("QFileDialog", "Files of &type:"),
            QCoreApplication.translate("QAbstractFileIconProvider", "Folder", "All other platforms"))
