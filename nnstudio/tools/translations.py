"""Refresh the translation sources from the code and compile them (Qt Linguist's tools ship with PySide6):

    python -m nnstudio.tools.translations            # update resources/translations/nnstudio_ko.ts, then compile .qm
    python -m nnstudio.tools.translations --check    # exit 1 if a text of the code has no translation, or the .qm
                                                     # is stale

``update`` runs ``pyside6-lupdate`` over every module of the package (``self.tr`` in classes, fixed-context
``QCoreApplication.translate`` calls and ``QT_TRANSLATE_NOOP`` tables); texts that left the code are dropped
(``-no-obsolete``) and no line numbers are stored (``-locations none``), so the file changes only when texts do.
Translate with ``pyside6-linguist resources/translations/nnstudio_ko.ts``, then run this again to compile.

A text with a count says it with Qt's %n, ``self.tr("%n feature(s)", None, n)`` (lupdate finds the count of
``self.tr`` calls only), and gets its singular and plural forms in every language. English, the source language,
has a translation of those texts alone (``nnstudio_en.ts``, ``lupdate -pluralonly``: "1 feature", "2 features"),
as Qt's documentation advises; Korean has one form.
"""
from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "nnstudio"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ko",)
PLURALS_ONLY = ("en",)      # the source language: only the singular and plural forms of the texts with %n


def _tool(name: str) -> str:
    path = shutil.which(name) or str(Path(sys.executable).parent / name)
    if not Path(path).exists():
        raise SystemExit(f"{name} not found: it comes with PySide6-Essentials (pip install -e .)")
    return path


def sources() -> list[str]:
    return sorted(str(p) for p in PACKAGE.rglob("*.py"))


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"nnstudio_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"nnstudio_{language}.qm"


def update(language: str, ts: Path | None = None) -> Path:
    """Bring ``ts`` (default: the shipped source) up to date with the code's texts."""
    ts = ts or ts_path(language)
    ts.parent.mkdir(parents=True, exist_ok=True)
    plurals = ["-pluralonly"] if language in PLURALS_ONLY else []
    subprocess.run([_tool("pyside6-lupdate"), *sources(), "-ts", str(ts), "-no-obsolete", "-locations", "none",
                    "-target-language", language, *plurals], check=True, capture_output=True, text=True)
    return ts


def release(language: str, qm: Path | None = None) -> Path:
    """Compile the shipped .ts into ``qm`` (default: the shipped .qm)."""
    qm = qm or qm_path(language)
    subprocess.run([_tool("pyside6-lrelease"), str(ts_path(language)), "-qm", str(qm)],
                   check=True, capture_output=True, text=True)
    return qm


def untranslated(ts: Path) -> list[tuple[str, str]]:
    """(context, source) of the messages of ``ts`` that have no translation yet."""
    root = ElementTree.parse(ts).getroot()
    return [(context.findtext("name"), message.findtext("source")) for context in root.iter("context")
            for message in context.iter("message") if not _translated(message.find("translation"))]


def _translated(translation) -> bool:
    if translation.get("type") == "unfinished":
        return False
    forms = translation.findall("numerusform")           # a text with a count: every form
    return all(form.text for form in forms) if forms else bool(translation.text)


def check(language: str) -> list[str]:
    """What is wrong with the shipped translation: texts missing from the .ts or without a translation there, a
    .qm that is not its .ts compiled.

    (The .qm is compared with a fresh compile, not by date: a git checkout gives files arbitrary dates.)"""
    problems = []
    shipped = ts_path(language)
    if not shipped.exists():
        return [f"{shipped.name} does not exist"]
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / shipped.name
        shutil.copy(shipped, fresh)
        update(language, fresh)
        if fresh.read_bytes() != shipped.read_bytes():
            problems.append(f"{shipped.name} is not up to date with the code: run python -m "
                            "nnstudio.tools.translations")
        missing = untranslated(fresh)
        if missing:
            context, source = missing[0]
            problems.append(f"{len(missing)} text(s) have no translation in {shipped.name}, e.g. {source!r} "
                            f"({context}): translate them, then run python -m nnstudio.tools.translations")
        qm = qm_path(language)
        if not qm.exists() or release(language, Path(tmp) / qm.name).read_bytes() != qm.read_bytes():
            problems.append(f"{qm.name} is missing or not compiled from the current {shipped.name}: run python -m "
                            "nnstudio.tools.translations")
    return problems


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nnstudio.tools.translations", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report what is out of date (exit 1 if anything)")
    args = parser.parse_args(argv)
    if args.check:
        problems = [p for language in LANGUAGES + PLURALS_ONLY for p in check(language)]
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1 if problems else 0
    for language in LANGUAGES + PLURALS_ONLY:
        print(f"updated {update(language).relative_to(ROOT)}, compiled {release(language).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
