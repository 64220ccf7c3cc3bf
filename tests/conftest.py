import os

# Without a display Qt would abort the whole run; tests draw offscreen (STYLE.md).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
