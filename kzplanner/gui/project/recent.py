"""The recently used project files (settings: project/recent, newest first)."""

from __future__ import annotations

from pathlib import Path

from kzplanner.gui import settings

RECENT_MAX = 8


def recent_files() -> list[str]:
    return [p for p in str(settings.read("project/recent") or "").splitlines() if p.strip()]


def remember_recent(path: str | Path) -> None:
    path = str(Path(path))
    items = [path] + [p for p in recent_files() if p != path]
    settings.write("project/recent", "\n".join(items[:RECENT_MAX]))
