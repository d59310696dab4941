"""Autosave of unsaved work to the per-user data folder, and finding it again after a crash.

Each running window owns `session-<id>.kzp` (+ `.json`: original file, time) and holds
`session-<id>.lock` (QLockFile: stale once its process is gone). A clean close removes all three;
after a crash they stay, and the next start offers to recover the autosave whose lock is free.
The folder is $KZPLANNER_AUTOSAVE_DIR when set (tests), else platformdirs' user data folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from kzplanner.gui import settings
from kzplanner.gui.project_session import ProjectSession

ENV_DIR = "KZPLANNER_AUTOSAVE_DIR"


def autosave_dir() -> Path:
    override = os.environ.get(ENV_DIR)
    if override:
        return Path(override)
    from platformdirs import user_data_dir

    return Path(user_data_dir("KZ Planner", appauthor=False)) / "autosave"


@dataclass(frozen=True)
class Orphan:
    """An autosave left by a window that did not close cleanly."""

    project: Path
    original: str  # the project file it stood for, or ""
    saved_at: str


def find_orphans(folder: Path | None = None) -> list[Orphan]:
    """Autosaves whose owner is gone (its lock is free or missing), newest first."""
    folder = folder or autosave_dir()
    found = []
    for project in sorted(folder.glob("session-*.kzp")):
        lock = QLockFile(str(project.with_suffix(".lock")))
        lock.setStaleLockTime(0)  # judge by the owner's process only, never by age
        if not lock.tryLock(0):
            continue  # a running window owns it
        lock.unlock()
        meta: dict[str, str] = {}
        with contextlib.suppress(OSError, ValueError):
            meta = json.loads(project.with_suffix(".json").read_text(encoding="utf-8"))
        found.append(Orphan(project, str(meta.get("original", "")), str(meta.get("saved_at", ""))))
    return sorted(found, key=lambda o: o.saved_at, reverse=True)


def discard(orphan_or_path: Orphan | Path) -> None:
    project = orphan_or_path.project if isinstance(orphan_or_path, Orphan) else orphan_or_path
    for suffix in (".kzp", ".json", ".lock"):
        with contextlib.suppress(OSError):
            project.with_suffix(suffix).unlink()


class Autosaver(QObject):
    """Every few minutes, if the project has unsaved changes, writes it aside in the background."""

    autosaved = Signal(str)

    def __init__(self, session: ProjectSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.folder = autosave_dir()
        self.path = self.folder / f"session-{uuid.uuid4().hex[:12]}.kzp"
        self._lock: QLockFile | None = None
        self.timer = QTimer(self)
        minutes = max(float(settings.read("project/autosave_minutes") or 3), 0.25)
        self.timer.setInterval(int(minutes * 60_000))
        self.timer.timeout.connect(self.save_now)
        self.timer.start()
        session.saved.connect(lambda _p: self.remove())

    def _hold_lock(self) -> bool:
        if self._lock is not None:
            return True
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
        except OSError:
            return False
        lock = QLockFile(str(self.path.with_suffix(".lock")))
        lock.setStaleLockTime(0)
        if not lock.tryLock(0):
            return False
        self._lock = lock
        return True

    def save_now(self) -> bool:
        """Write the autosave if there is unsaved work; False when nothing was written."""
        session = self.session
        if not session.modified or session.state.dataset is None or not self._hold_lock():
            return False
        project = session.snapshot()
        target = self.path
        meta = {"original": str(session.path or ""),
                "saved_at": dt.datetime.now().isoformat(timespec="seconds"),
                "pid": os.getpid()}

        def work(_fb: object) -> str:
            from kzplanner.core.io.project_file import save_project

            save_project(target, project)
            target.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False),
                                                   encoding="utf-8")
            return str(target)

        self.session.state.tasks.submit("autosave", work, self.autosaved.emit,
                                        lambda _exc: None)  # a failed autosave retries later
        return True

    def remove(self) -> None:
        """Nothing unsaved any more (saved, discarded, or closed on purpose)."""
        for suffix in (".kzp", ".json"):
            with contextlib.suppress(OSError):
                self.path.with_suffix(suffix).unlink()

    def finish(self) -> None:
        self.timer.stop()
        self.remove()
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
