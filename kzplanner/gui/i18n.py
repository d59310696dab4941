"""Qt Linguist files of the UI string catalogue: write the .ts, build the .qm, load translators.

The catalogue (strings.STRINGS) is the developers' seed; the .ts files in resources/i18n are what
translators edit in Qt Linguist. Each catalogue key is one .ts context holding one message whose
source is the English text, so `QTranslator.translate(key, english)` finds it.

Regenerating a .ts (scripts/build_translations.py) keeps the translators' work:
- same key, same English source: the .ts translation and its state are kept as they are;
- English source changed: the catalogue's translation is taken if a developer changed it too
  (finished), else the old translation stays, marked unfinished for review;
- new key: the catalogue's translation, finished (unfinished and empty when the catalogue has none);
- key gone from the catalogue: kept as "vanished" so the work is not lost.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from kzplanner import paths

log = logging.getLogger(__name__)

# Languages with a .ts file; English is the source language and needs none.
TRANSLATED: tuple[str, ...] = ("ru", "kk")
TS_LOCALES: dict[str, str] = {"ru": "ru_RU", "kk": "kk_KZ"}


@dataclass(frozen=True)
class TsMessage:
    key: str
    source: str
    translation: str
    state: str  # "finished" | "unfinished" | "vanished" | "obsolete"


def i18n_dir() -> Path:
    return paths.resources_dir() / "i18n"


def ts_path(lang: str, folder: Path | None = None) -> Path:
    return (folder or i18n_dir()) / f"kzplanner_{lang}.ts"


def qm_path(lang: str, folder: Path | None = None) -> Path:
    return (folder or i18n_dir()) / f"kzplanner_{lang}.qm"


# --- .ts reading and writing (plain XML, no Qt needed)
def read_ts(path: Path) -> dict[str, TsMessage]:
    """The messages of a .ts file by context (= catalogue key); empty when the file is absent."""
    if not path.is_file():
        return {}
    root = ET.parse(path).getroot()  # our own file, never user input
    found: dict[str, TsMessage] = {}
    for context in root.iter("context"):
        key = context.findtext("name") or ""
        for message in context.iter("message"):
            tnode = message.find("translation")
            state = (tnode.get("type") if tnode is not None else None) or "finished"
            found[key] = TsMessage(key, message.findtext("source") or "",
                                   (tnode.text or "") if tnode is not None else "", state)
    return found


def merge_messages(catalogue: dict[str, dict[str, str]], lang: str,
                   existing: dict[str, TsMessage]) -> tuple[list[TsMessage], list[str]]:
    """The messages a regenerated .ts holds (rules in the module docstring), and the keys whose
    .ts translation differs from the catalogue's (the .ts wins; reported, not changed)."""
    merged: list[TsMessage] = []
    drift: list[str] = []
    for key in sorted(catalogue):
        source = catalogue[key]["en"]
        seed = catalogue[key].get(lang, "")
        old = existing.get(key)
        if old is None or old.state in ("vanished", "obsolete"):
            if old is not None and old.source == source and old.translation:
                merged.append(TsMessage(key, source, old.translation, "finished"))
            else:
                merged.append(TsMessage(key, source, seed, "finished" if seed else "unfinished"))
        elif old.source == source:
            merged.append(TsMessage(key, source, old.translation, old.state))
            if old.translation != seed and old.state == "finished":
                drift.append(key)
        elif seed and seed != old.translation:
            merged.append(TsMessage(key, source, seed, "finished"))
        else:
            merged.append(TsMessage(key, source, old.translation, "unfinished"))
    for key in sorted(set(existing) - set(catalogue)):
        old = existing[key]
        merged.append(TsMessage(key, old.source, old.translation, "vanished"))
    return merged, drift


def write_ts(path: Path, lang: str, messages: list[TsMessage]) -> None:
    """Write a Qt Linguist 2.1 .ts file (UTF-8, stable order, so diffs stay small)."""
    root = ET.Element("TS", {"version": "2.1", "language": TS_LOCALES[lang],
                             "sourcelanguage": "en"})
    for msg in messages:
        context = ET.SubElement(root, "context")
        ET.SubElement(context, "name").text = msg.key
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = msg.source
        tnode = ET.SubElement(message, "translation")
        if msg.state != "finished":
            tnode.set("type", msg.state)
        tnode.text = msg.translation
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                    encoding="utf-8", newline="\n")


def update_ts(catalogue: dict[str, dict[str, str]], lang: str,
              folder: Path | None = None) -> tuple[Path, list[str]]:
    """Regenerate one .ts from the catalogue, keeping its translations; returns (path, drift)."""
    path = ts_path(lang, folder)
    merged, drift = merge_messages(catalogue, lang, read_ts(path))
    write_ts(path, lang, merged)
    return path, drift


# --- .qm building (lrelease from PySide6)
def lrelease_command() -> list[str] | None:
    """How to run lrelease here: PySide6's bundled binary, else pyside6-lrelease; None in a
    frozen build (it ships the .qm files)."""
    if getattr(sys, "frozen", False):
        return None
    try:
        import PySide6

        for name in ("lrelease", "lrelease.exe"):
            candidate = Path(PySide6.__file__).parent / name
            if candidate.is_file():
                return [str(candidate)]
    except ImportError:
        pass
    found = shutil.which("pyside6-lrelease") or shutil.which(
        "pyside6-lrelease", path=str(Path(sys.executable).parent))
    return [found] if found else None


def build_qm(lang: str, folder: Path | None = None, out: Path | None = None) -> Path:
    """Compile the .ts of `lang` to .qm with lrelease; raises RuntimeError when it cannot."""
    command = lrelease_command()
    if command is None:
        raise RuntimeError("lrelease is not available (install PySide6-Essentials)")
    source = ts_path(lang, folder)
    target = out or qm_path(lang, folder)
    done = subprocess.run([*command, "-silent", "-nounfinished", str(source), "-qm", str(target)],
                          capture_output=True, text=True, encoding="utf-8", errors="replace",
                          check=False)
    if done.returncode != 0 or not target.is_file():
        raise RuntimeError(f"lrelease failed on {source}: {done.stderr.strip()}")
    return target


def qm_is_stale(lang: str, folder: Path | None = None) -> bool:
    ts, qm = ts_path(lang, folder), qm_path(lang, folder)
    return ts.is_file() and (not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime)


def ensure_qm(lang: str, folder: Path | None = None) -> Path | None:
    """The .qm of `lang`, rebuilt first when it is missing or older than its .ts (in a checkout,
    after a translator's edit); None when there is neither a .qm nor a way to build one."""
    if qm_is_stale(lang, folder):
        try:
            build_qm(lang, folder)
        except (RuntimeError, OSError) as exc:
            log.warning("could not rebuild translations for %s: %s", lang, exc)
    qm = qm_path(lang, folder)
    return qm if qm.is_file() else None


# --- run-time loading (needs Qt)
def load_translator(lang: str) -> object | None:
    """A QTranslator holding our .qm for `lang` (not installed: strings.tr asks it directly)."""
    from PySide6.QtCore import QTranslator

    qm = ensure_qm(lang) if lang in TRANSLATED else None
    if qm is None:
        return None
    translator = QTranslator()
    if not translator.load(str(qm)):
        log.warning("could not load %s", qm)
        return None
    return translator


_qt_translators: list[object] = []


def install_qt_translations(lang: str) -> None:
    """Qt's own strings (file dialog buttons, context menus) in the interface language."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

    app = QCoreApplication.instance()
    if app is None:
        return
    for old in _qt_translators:
        app.removeTranslator(old)  # type: ignore[arg-type]
    _qt_translators.clear()
    if lang == "en":
        return
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator(app)
    if translator.load(f"qtbase_{lang}", folder):
        app.installTranslator(translator)
        _qt_translators.append(translator)
