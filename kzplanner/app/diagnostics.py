"""Help → Copy diagnostics: the facts support asks for, gathered offline as plain text for an
e-mail (version, system, Python and Qt, screen size and scaling, where the settings and the log
are, the log's last lines). Nothing is sent anywhere; the window puts the text on the clipboard.

Qt-free: the window hands in what only Qt knows (`qt`, `screens`, `settings_path`) and this
module adds the rest and words it in the interface language.
"""

from __future__ import annotations

import os
import platform
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from kzplanner import __version__
from kzplanner.app.strings import tr

LOG_TAIL_LINES = 60
LOG_TAIL_BYTES = 64_000  # read no more than this from the end of a large log


@dataclass(frozen=True)
class Screen:
    """A screen as Qt reports it: logical size (what the layout gets), scale factor."""

    name: str
    width: int
    height: int
    scale: float  # devicePixelRatio: 1.25 at 125 % Windows scaling

    def describe(self) -> str:
        physical = f"{round(self.width * self.scale)}×{round(self.height * self.scale)}"
        return (f"{self.name}: {self.width}×{self.height} ({physical}, "
                f"{self.scale * 100:.0f} %)")


def log_tail(path: Path | None, lines: int = LOG_TAIL_LINES) -> list[str]:
    """The last `lines` lines of the log (UTF-8, undecodable bytes replaced); [] without one."""
    if path is None:
        return []
    try:
        with open(path, "rb") as f:
            f.seek(0, os.SEEK_END)
            size = f.tell()
            f.seek(max(0, size - LOG_TAIL_BYTES))
            data = f.read()
    except OSError:
        return []
    text = data.decode("utf-8", errors="replace")
    if len(data) == LOG_TAIL_BYTES and "\n" in text:
        text = text.split("\n", 1)[1]  # the first line was cut by the seek
    return text.splitlines()[-lines:]


def system_facts() -> dict[str, str]:
    """The operating system, Python and the frozen build (or checkout), without Qt."""
    frozen = bool(getattr(sys, "frozen", False))
    return {
        "os": f"{platform.system()} {platform.release()} ({platform.version()}, "
              f"{platform.machine()})",
        "python": f"{platform.python_version()} ({sys.executable})",
        "build": "PyInstaller" if frozen else "source",
        "encoding": f"{sys.getfilesystemencoding()} / {getattr(sys.stdout, 'encoding', None)}",
    }


def diagnostics_text(lang: str, *, qt: str, screens: Sequence[Screen], settings_path: str,
                     log_path: Path | None, language: str | None = None,
                     facts: dict[str, str] | None = None) -> str:
    """The text for support, its headings in `lang` (the facts themselves as the system says
    them). `facts` defaults to system_facts() (a test passes its own)."""
    facts = system_facts() if facts is None else facts
    lines = [tr("diag.title", lang, version=__version__), ""]
    rows = [
        ("diag.version", __version__),
        ("diag.os", facts.get("os", "?")),
        ("diag.python", facts.get("python", "?")),
        ("diag.qt", qt),
        ("diag.build", facts.get("build", "?")),
        ("diag.language", language or lang),
        ("diag.encoding", facts.get("encoding", "?")),
        ("diag.settings", settings_path),
        ("diag.log", str(log_path) if log_path is not None else "—"),
    ]
    lines += [f"{tr(key, lang)}: {value}" for key, value in rows]
    lines.append(f"{tr('diag.screens', lang)}:")
    lines += [f"  {s.describe()}" for s in screens] or ["  —"]
    tail = log_tail(log_path)
    lines += ["", tr("diag.log_tail", lang, n=len(tail))]
    lines += tail or [tr("diag.log_empty", lang)]
    return "\n".join(lines) + "\n"
