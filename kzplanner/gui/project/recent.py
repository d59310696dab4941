"""The recently used project files (settings: project/recent, newest first)."""

from __future__ import annotations

from pathlib import Path

from kzplanner.core.io.winpath import is_windows_path, same_path
from kzplanner.gui import settings

RECENT_MAX = 8


def recent_files() -> list[str]:
    return [p for p in str(settings.read("project/recent") or "").splitlines() if p.strip()]


def remember_recent(path: str | Path) -> None:
    """Newest first; a path already listed (Windows: in any case or with / for \\) moves up;
    drive-letter and network-share (\\\\server\\share) paths are kept as written."""
    path = str(path) if is_windows_path(str(path)) else str(Path(path))
    items = [path] + [p for p in recent_files() if not same_path(p, path)]
    settings.write("project/recent", "\n".join(items[:RECENT_MAX]))
