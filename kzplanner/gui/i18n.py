"""Qt Linguist at run time: build the .qm with lrelease (PySide6's binary) and load translators.

The .ts files themselves are read and written by kzplanner.app.strings.linguist (no Qt).
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
from pathlib import Path

from kzplanner.app.strings.linguist import TRANSLATED, qm_path, ts_path

log = logging.getLogger(__name__)


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
