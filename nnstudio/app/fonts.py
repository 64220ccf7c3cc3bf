"""A font that shows Korean well.

Qt draws Hangul missing from the interface font with whatever fallback fontconfig offers — on a Linux desktop
whose default is DejaVu Sans (no Hangul) that may be a serif or monospaced CJK face, mixed into sans-serif
Latin text. So while the interface is Korean and the default font has no Hangul, the application font becomes
a Hangul sans-serif family of the same size (the platforms' own Korean UI fonts first); back in English, the
font the application started with returns.
"""
from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

# Korean interface fonts, best first: Windows', macOS', then the free families Linux distributions ship
KOREAN_FAMILIES = ("Malgun Gothic", "Apple SD Gothic Neo", "Noto Sans CJK KR", "Noto Sans KR",
                   "Source Han Sans K", "Source Han Sans KR", "NanumGothic", "NanumBarunGothic", "UnDotum",
                   "Baekmuk Gulim")
_NOT_FOR_TEXT = ("mono", "serif", "code")   # faces that a fallback might pick but an interface should not use

_started_with: QFont | None = None          # the application's font before a Korean one replaced it


def has_hangul(family: str) -> bool:
    """Whether the font family ``family`` covers Korean."""
    return QFontDatabase.WritingSystem.Korean in QFontDatabase.writingSystems(family)


def hangul_family() -> str | None:
    """The best installed sans-serif family with Hangul (None: there is none)."""
    korean = QFontDatabase.families(QFontDatabase.WritingSystem.Korean)
    for family in KOREAN_FAMILIES:
        if family in korean:
            return family
    plain = [f for f in korean if not any(word in f.lower() for word in _NOT_FOR_TEXT)]
    # a family made for Korean ("... KR", "... Korean", "... K") before the other CJK ones that cover it
    plain.sort(key=lambda f: not any(f.endswith(tag) or f"{tag} " in f for tag in (" KR", " K", " Korean")))
    return plain[0] if plain else (korean[0] if korean else None)


def use_font_for(language: str) -> str:
    """Give the application a font for ``language``; returns the family the interface now uses."""
    global _started_with
    app = QGuiApplication.instance()
    if app is None:
        return ""
    if language == "ko":
        current = QFontInfo(app.font()).family()
        if has_hangul(current):
            return current
        family = hangul_family()
        if family is None:
            return current          # nothing better installed: Qt's fallback draws the Hangul
        if _started_with is None:
            _started_with = QFont(app.font())
        font = QFont(app.font())
        font.setFamilies([family])
        app.setFont(font)
        return family
    if _started_with is not None:
        app.setFont(_started_with)
        _started_with = None
    return QFontInfo(app.font()).family()
