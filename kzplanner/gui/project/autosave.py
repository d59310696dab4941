"""Autosave of unsaved work to the per-user data folder, and finding it again after a crash.

Each running window owns `session-<id>.kzp` (+ `.json`: original file, time) and holds
`session-<id>.lock` (QLockFile: stale once its process is gone). A clean close removes all three;
after a crash they stay, and the next start offers to recover the autosave whose lock is free.
Every autosave is checked (read as a project) before it is offered: the newest valid one is
offered, damaged ones are set aside in the `damaged` subfolder with a note of why, never blocking
the others. The folder is $KZPLANNER_AUTOSAVE_DIR when set (tests), else platformdirs' user data
folder.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import shutil
import uuid
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, QTimer, Signal

from kzplanner.gui import settings
from kzplanner.gui.project.project_session import ProjectSession
from kzplanner.gui.tasks import TaskKind

ENV_DIR = "KZPLANNER_AUTOSAVE_DIR"
DAMAGED = "damaged"  # subfolder of the autosave folder for autosaves that cannot be recovered
log = logging.getLogger(__name__)


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
    origin: dict | None = None  # project_file.Origin of the original's version it was made from


@dataclass(frozen=True)
class Damaged:
    """An autosave that cannot be recovered, set aside (moved to `moved_to`)."""

    name: str
    reason: object  # the KZError (or other exception) that reading it gave
    moved_to: Path


def _meta(project: Path) -> dict:
    with contextlib.suppress(OSError, ValueError, RecursionError):
        meta = json.loads(project.with_suffix(".json").read_text(encoding="utf-8")[:1_000_000])
        if isinstance(meta, dict):
            return meta
    return {}


def _saved_at(project: Path, meta: dict) -> str:
    saved = meta.get("saved_at")
    if isinstance(saved, str) and saved:
        return saved
    with contextlib.suppress(OSError):
        return dt.datetime.fromtimestamp(project.stat().st_mtime).isoformat(timespec="seconds")
    return ""


def set_aside(project: Path, reason: object) -> Path:
    """Move a damaged autosave (and its note) to the `damaged` subfolder, with a text saying
    why; its new path. Nothing is deleted: a planner or support can still look at it."""
    folder = project.parent / DAMAGED
    with contextlib.suppress(OSError):
        folder.mkdir(parents=True, exist_ok=True)
    moved = folder / project.name
    for suffix in (".kzp", ".json"):
        src = project.with_suffix(suffix)
        if src.exists():
            try:
                shutil.move(str(src), str(moved.with_suffix(suffix)))
            except OSError:
                with contextlib.suppress(OSError):
                    src.unlink()
    text = reason.message("en") if hasattr(reason, "message") else \
        f"{type(reason).__name__}: {reason}"
    with contextlib.suppress(OSError):
        moved.with_suffix(".txt").write_text(text + "\n", encoding="utf-8")
    with contextlib.suppress(OSError):
        project.with_suffix(".lock").unlink()
    return moved


def check_autosave(project: Path) -> None:
    """Raise what reading the autosave as a project raises (KZError, or anything unexpected).
    Its settlement layer is not read: a missing or unusable one is not fatal to a project
    (recovering it reads the layer and says what is wrong with it), and reading it placed every
    settlement and worked out their coverage on the window's thread before the window showed
    (0.2–0.6 s with the bundled layer, more with a real one)."""
    from kzplanner.core.io.read.project_open import open_project

    open_project(project, replay=False, clean=False, settlements=False)


def scan_autosaves(folder: Path | None = None) -> tuple[list[Orphan], list[Damaged]]:
    """Autosaves whose owner is gone (its lock is free or missing) that can be read, newest
    first; and those that cannot, set aside in the `damaged` subfolder."""
    from kzplanner.core.io.project_lock import remove_stale_temp_files

    folder = folder or autosave_dir()
    found: list[Orphan] = []
    damaged: list[Damaged] = []
    if not folder.is_dir():
        return found, damaged
    remove_stale_temp_files(folder / "session-*.kzp")  # saves of any window, cut short
    for project in sorted(folder.glob("session-*.kzp")):
        lock = QLockFile(str(project.with_suffix(".lock")))
        lock.setStaleLockTime(0)  # judge by the owner's process only, never by age
        if not lock.tryLock(0):
            continue  # a running window owns it
        lock.unlock()
        try:
            check_autosave(project)
        except Exception as exc:  # noqa: BLE001 - a damaged autosave, whatever the damage
            if not hasattr(exc, "message"):
                log.error("autosave %s cannot be read", project, exc_info=exc)
            damaged.append(Damaged(project.name, exc, set_aside(project, exc)))
            continue
        meta = _meta(project)
        origin = meta.get("origin") if isinstance(meta.get("origin"), dict) else None
        found.append(Orphan(project, str(meta.get("original", "") or ""),
                            _saved_at(project, meta), origin))
    return sorted(found, key=lambda o: o.saved_at, reverse=True), damaged


def find_orphans(folder: Path | None = None) -> list[Orphan]:
    """Autosaves whose owner is gone and that can be recovered, newest first (damaged ones are
    set aside on the way)."""
    return scan_autosaves(folder)[0]


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
        if session.origin is not None and session.path is not None:
            meta["origin"] = session.origin.as_dict()  # the original's version it stands on

        def work(_fb: object) -> str:
            from kzplanner.core.io.write.project_save import save_project

            save_project(target, project)
            target.with_suffix(".json").write_text(json.dumps(meta, ensure_ascii=False),
                                                   encoding="utf-8")
            return str(target)

        self.session.state.tasks.submit(TaskKind.AUTOSAVE, work, self.autosaved.emit,
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
